import type { OpdrachtImportUitvoering } from '../../../../common/api/opdracht-import.js';
import type { ServiceContext } from '../../../context.js';
import type { Tx } from '../../../db/client.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { AppError, notFound, registerErrorCodes } from '../../../errors.js';
import { type AuditEvent, recordAudit, registerAuditVisibility } from '../../audit/audit.service.js';
import { createOpdrachtenInTx, updateOpdrachtInTx } from '../opdrachten.service.js';
import { type Analyse, analyseer, aantallenVan, leesBestand, MAX_IN_ANTWOORD, presentProbleem, presentRegel } from './analyse.js';
import type { ImportInstellingen } from './groepen.js';
import { actorSleutel, type Antwoord, metIdempotentie } from './idempotentie.js';
import * as repo from './opdracht-imports.repository.js';
import { voorvertoningVan } from './opdracht-imports.presenter.js';
import { checkMagImporteren } from './toegang.js';

registerErrorCodes({
  'import-ongeldig': { status: 400, title: 'Import bevat fouten' },
  'import-al-uitgevoerd': { status: 409, title: 'Import al uitgevoerd' },
  'import-gelijktijdig-gewijzigd': { status: 409, title: 'Opdracht gewijzigd tijdens de import' },
});

registerAuditVisibility('opdracht-import', async (ctx, id) => (await repo.findImport(ctx.db, id, actorSleutel(ctx), new Date(0))) !== null);

/** Audit events per insert: the chain's insert has a bind-parameter limit of 65 535. */
const AUDIT_PER_KEER = 4000;

function alUitgevoerd(): AppError {
  return new AppError('import-al-uitgevoerd', 'Deze import is al uitgevoerd (met een andere Idempotency-Key). Bereid het bestand opnieuw voor om het nog eens te importeren.');
}

function weigerOngeldig(analyse: Analyse): AppError {
  const problemen = analyse.problemen.slice(0, MAX_IN_ANTWOORD).map(presentProbleem);
  return new AppError(
    'import-ongeldig',
    `Er is niets geïmporteerd: ${analyse.problemen.length} ${analyse.problemen.length === 1 ? 'probleem' : 'problemen'} in het bestand. Herstel ze en bereid de import opnieuw voor.`,
    {
      invalidParams: problemen.map((p) => ({ name: `rij ${p.rij}${p.kolom ? `, ${p.kolom}` : ''}`, code: p.code, reason: p.melding })),
      extra: { problemen, aantalProblemen: analyse.problemen.length },
    },
  );
}

async function schrijf(tx: Tx, ctx: ServiceContext, analyse: Analyse): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  const nieuw = analyse.regels.filter((r) => r.actie === 'nieuw');
  const rows = await createOpdrachtenInTx(tx, ctx, nieuw.map((r) => ({ invoer: r.invoer!, driehoekId: r.driehoekId! })), { auditEvents: events });
  // Multi-row inserts return their rows in the order of the values.
  nieuw.forEach((regel, i) => (regel.opdrachtId = rows[i]!.id));
  for (const regel of analyse.regels.filter((r) => r.actie === 'bijwerken')) {
    const after = await updateOpdrachtInTx(tx, ctx, regel.bestaand!, regel.invoer!, regel.driehoekId!, { auditEvents: events, isJarenOngewijzigd: regel.isJarenOngewijzigd });
    if (!after) {
      throw new AppError('import-gelijktijdig-gewijzigd', `De opdracht van rij ${regel.groep.rij.rij} werd tijdens de import door iemand anders gewijzigd; er is niets geïmporteerd. Probeer het opnieuw.`);
    }
  }
  return events;
}

/**
 * Step 2: imports a prepared list, all or nothing in one transaction. The file is read and
 * validated again against the register as it is now; any problem writes nothing and is listed.
 * New opdrachten are inserted in batches, known ones updated, audit events appended together.
 * The same Idempotency-Key replays the first answer.
 */
export async function createImportUitvoering(ctx: ServiceContext, id: string, sleutel: string): Promise<Antwoord<OpdrachtImportUitvoering>> {
  const eigenaar = actorSleutel(ctx);
  const opties = { sleutel, route: 'POST /api/v1/opdracht-imports/{id}/uitvoeringen', verzoek: { importId: id } };
  const voorbereiden = async () => {
    const vooraf = await repo.findImport(ctx.db, id, eigenaar, ctx.clock.now(), { metBestand: true });
    if (!vooraf) throw notFound('import-niet-gevonden', 'Deze import bestaat niet (meer) of is van iemand anders. Een voorbereide import blijft 24 uur bewaard.');
    if (vooraf.uitgevoerdOp) throw alUitgevoerd();
    const instellingen = vooraf.instellingen as ImportInstellingen;
    return { instellingen, gelezen: await leesBestand(ctx, vooraf.bestand, vooraf.bestandsnaam, instellingen) };
  };
  return metIdempotentie(ctx, opties, voorbereiden, async (tx, { instellingen, gelezen }) => {
    // Locked, and checked again: two commits of one import with different keys never both run.
    const row = await repo.findImport(tx, id, eigenaar, ctx.clock.now(), { forUpdate: true });
    if (!row) throw notFound('import-niet-gevonden');
    if (row.uitgevoerdOp) throw alUitgevoerd();
    await checkMagImporteren(ctx, tx, row.uitvoeringsorganisatieId);
    const analyse = await analyseer(ctx, tx, gelezen, instellingen);
    if (analyse.problemen.length > 0) throw weigerOngeldig(analyse);
    let events: AuditEvent[];
    try {
      events = await schrijf(tx, ctx, analyse);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('import-gelijktijdig-gewijzigd', 'Intussen kreeg een andere opdracht een kenmerk uit dit bestand; er is niets geïmporteerd. Bereid de import opnieuw voor.');
      throw error;
    }
    const now = ctx.clock.now();
    const aantallen = aantallenVan(analyse);
    events.push({ actor: { persoonId: ctx.actor.persoonId, naam: ctx.actor.naam }, actie: 'uitgevoerd', entiteit: 'opdracht-import', entiteitId: id, requestId: ctx.requestId, tijdstip: now, na: { bestandsnaam: row.bestandsnaam, zijde: row.zijde, aantallen } });
    for (let i = 0; i < events.length; i += AUDIT_PER_KEER) await recordAudit(tx, events.slice(i, i + AUDIT_PER_KEER));
    await repo.markUitgevoerd(tx, id, voorvertoningVan(analyse), now);
    const body: OpdrachtImportUitvoering = { importId: id, aantallen, rijen: analyse.regels.slice(0, MAX_IN_ANTWOORD).map(presentRegel), uitgevoerdOp: now.toISOString() };
    return { status: 201, body };
  });
}
