import type { CreateBevestiging, CreateVoortgangsmelding, Voortgangsmelding } from '../../../common/api/voortgangsmeldingen.js';
import { VOORTGANG_FREQUENTIE_LABELS } from '../../../common/labels.js';
import type { VoortgangFrequentie } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, forbidden, invalid, notFound, registerErrorCodes } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import { requireZichtbareOpdracht } from './opdracht-lezen.js';
import { presentVoortgangsmelding } from './opdrachten.presenter.js';
import * as opdrachten from './opdrachten.repository.js';
import { isBegonnen, parsePeriode } from './perioden.js';
import { getRechten } from './rechten.js';
import * as repo from './voortgangsmeldingen.repository.js';

registerErrorCodes({
  'voortgangsmelding-niet-gevonden': { status: 404, title: 'Voortgangsmelding niet gevonden' },
  'periode-al-gemeld': { status: 409, title: 'Periode al gemeld' },
  'opdracht-niet-in-uitvoering': { status: 409, title: 'Opdracht niet in uitvoering' },
  'al-bevestigd': { status: 409, title: 'Al bevestigd' },
});

const VOORBEELD: Record<VoortgangFrequentie, string> = { maand: '2026-11', kwartaal: '2026-K4', halfjaar: '2026-H2' };

/**
 * The agency reports on one period of an opdracht in uitvoering (or just afgerond): one melding
 * per period (409 on a second), in the opdracht's own frequency, never on a period yet to come.
 */
export async function createVoortgangsmelding(ctx: ServiceContext, opdrachtId: string, input: CreateVoortgangsmelding): Promise<Voortgangsmelding> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const opdracht = await requireZichtbareOpdracht(ctx, tx, opdrachtId, { forUpdate: true });
      if (!(await getRechten(ctx, tx, opdrachtId)).magVoortgangMelden) {
        throw forbidden('Alleen de uitvoeringsorganisatie van deze opdracht meldt voortgang.');
      }
      if (opdracht.status !== 'in-uitvoering' && opdracht.status !== 'afgerond') {
        throw new AppError('opdracht-niet-in-uitvoering', `Voortgang meldt u op een opdracht in uitvoering; deze is ${opdracht.status}.`);
      }
      const frequentie = opdracht.voortgangFrequentie as VoortgangFrequentie;
      const periode = parsePeriode(input.periode)!;
      if (periode.frequentie !== frequentie) {
        throw invalid([{ name: 'periode', code: 'andere-frequentie', reason: `deze opdracht meldt ${VOORTGANG_FREQUENTIE_LABELS[frequentie].toLowerCase()}: schrijf de periode als ${VOORBEELD[frequentie]}` }]);
      }
      if (!isBegonnen(periode, amsterdamToday(ctx.clock.now()))) {
        throw invalid([{ name: 'periode', code: 'in-de-toekomst', reason: 'deze periode is nog niet begonnen' }]);
      }
      if (await repo.findByPeriode(tx, opdrachtId, input.periode)) throw periodeAlGemeld(input.periode);
      const now = ctx.clock.now();
      const row = await repo.insertVoortgangsmelding(tx, {
        id: newId(),
        opdrachtId,
        periode: input.periode,
        status: input.status,
        tekst: input.tekst,
        gemeldDoor: ctx.actor.persoonId,
        gemeldDoorNaam: ctx.actor.naam,
        gemeldOp: now,
        createdAt: now,
        updatedAt: now,
      });
      await auditFromContext(tx, ctx, { actie: 'gemeld', entiteit: 'voortgangsmelding', entiteitId: row.id, na: row });
      return presentVoortgangsmelding(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw periodeAlGemeld(input.periode);
    throw error;
  }
}

function periodeAlGemeld(periode: string) {
  return new AppError('periode-al-gemeld', `Over ${periode} is al voortgang gemeld. Eén melding per periode.`);
}

/** Every melding of an opdracht the caller may see, the latest first. */
export async function listVoortgangsmeldingen(ctx: ServiceContext, opdrachtId: string) {
  await requireZichtbareOpdracht(ctx, ctx.db, opdrachtId);
  return { items: (await repo.listVanOpdracht(ctx.db, opdrachtId)).map(presentVoortgangsmelding) };
}

/** The commissioning side acknowledges a melding once, optionally with a reactie (409 the second time). */
export async function createBevestiging(ctx: ServiceContext, meldingId: string, input: CreateBevestiging): Promise<Voortgangsmelding> {
  return ctx.db.transaction(async (tx) => {
    const melding = await repo.findVoortgangsmeldingForUpdate(tx, meldingId);
    if (!melding) throw notFound('voortgangsmelding-niet-gevonden');
    if (!(await opdrachten.findOpdracht(tx, melding.opdrachtId, opdrachten.zichtbaarSql(ctx.actor)))) {
      throw notFound('voortgangsmelding-niet-gevonden');
    }
    if (!(await getRechten(ctx, tx, melding.opdrachtId)).magVoortgangBevestigen) {
      throw forbidden('Alleen de opdrachtgever van deze opdracht bevestigt een voortgangsmelding.');
    }
    const now = ctx.clock.now();
    const after = await repo.bevestig(tx, meldingId, {
      bevestigdDoor: ctx.actor.persoonId,
      bevestigdDoorNaam: ctx.actor.naam,
      bevestigdOp: now,
      reactie: input.reactie ?? null,
    });
    if (!after) {
      throw new AppError('al-bevestigd', `Deze melding is al bevestigd door ${melding.bevestigdDoorNaam ?? 'een ander'}.`);
    }
    await auditFromContext(tx, ctx, { actie: 'bevestigd', entiteit: 'voortgangsmelding', entiteitId: meldingId, voor: melding, na: after });
    return presentVoortgangsmelding(after);
  });
}
