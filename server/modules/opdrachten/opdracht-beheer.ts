import type { CreateOpdracht, UpdateOpdracht } from '../../../common/api/opdrachten.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, forbidden, type InvalidParam, invalid } from '../../errors.js';
import { auditFromContext } from '../audit/audit.service.js';
import { getOpdracht, requireZichtbareOpdracht, staleVersion } from './opdracht-lezen.js';
import { createOpdrachtInTx, invoerVanRow, mergeOpdrachtInvoer, opdrachtInvoerVan, snapshot, updateOpdrachtInTx } from './opdracht-opslag.js';
import { type OpdrachtInvoer, validateOpdrachtInput } from './opdracht-validatie.js';
import * as repo from './opdrachten.repository.js';
import { getRechten, getRechtenVoor, kanOpdrachtgeverZijn } from './rechten.js';

const GEEN_OPDRACHTGEVER =
  'Alleen een beheerder, of een opdrachtgever, coördinerend opdrachtgever of adviseur in de driehoek van deze uitvoeringsorganisatie, ' +
  'legt opdrachten vast: voor de eigen organisatie of een organisatie daaronder.';

function kenmerkBestaatAl(conflicten: InvalidParam[]): AppError {
  return new AppError('kenmerk-bestaat-al', conflicten.map((c) => c.reason).join('; '), { invalidParams: conflicten });
}

async function metKenmerkBewaking<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two requests with the same kenmerk at once: the unique index decides, the loser gets 409.
    if (isUniqueViolation(error)) throw new AppError('kenmerk-bestaat-al', 'Een andere opdracht van dezelfde kant kreeg zojuist hetzelfde kenmerk.');
    throw error;
  }
}

async function checkInvoer(tx: DbOrTx, ctx: ServiceContext, invoer: OpdrachtInvoer, bestaand?: repo.OpdrachtRow) {
  const validatie = await validateOpdrachtInput(tx, ctx, invoer, bestaand ? { bestaand } : {});
  if (validatie.invalidParams.length) throw invalid(validatie.invalidParams);
  const verhuist = !bestaand || bestaand.opdrachtgeverId !== invoer.opdrachtgeverId || bestaand.uitvoeringsorganisatieId !== invoer.uitvoeringsorganisatieId;
  if (verhuist) {
    // Whoever files it, or moves it, must be allowed at its new place too.
    const rechten = await getRechtenVoor(ctx, tx, { ...invoer, driehoekId: validatie.driehoekId! });
    if (!rechten.magWijzigen) throw forbidden(GEEN_OPDRACHTGEVER);
  }
  if (validatie.conflicten.length) throw kenmerkBestaatAl(validatie.conflicten);
  return validatie.driehoekId!;
}

/**
 * Registers an opdracht (status concept unless given). The opdrachtgever must be an
 * opdrachtgever corner of the agency's driehoek or below one; the caller commissions for that
 * organisation or one above it in the corner, or is a beheerder.
 */
export async function createOpdracht(ctx: ServiceContext, input: CreateOpdracht) {
  if (!kanOpdrachtgeverZijn(ctx.actor)) throw forbidden(GEEN_OPDRACHTGEVER);
  const id = await metKenmerkBewaking(() =>
    ctx.db.transaction(async (tx) => {
      const invoer = opdrachtInvoerVan(input);
      const driehoekId = await checkInvoer(tx, ctx, invoer);
      return (await createOpdrachtInTx(tx, ctx, invoer, driehoekId)).id;
    }),
  );
  return getOpdracht(ctx, id);
}

/** The fields an update really changes (sent unchanged is no change). */
function gewijzigdeVelden(before: OpdrachtInvoer, after: OpdrachtInvoer): (keyof OpdrachtInvoer)[] {
  const norm = (v: unknown) => JSON.stringify(v);
  const jaren = (i: OpdrachtInvoer) => norm([...i.jaren].sort((a, b) => a.jaar - b.jaar));
  return (Object.keys(after) as (keyof OpdrachtInvoer)[]).filter((key) =>
    key === 'jaren' ? jaren(before) !== jaren(after) : norm(before[key]) !== norm(after[key]),
  );
}

/**
 * Partial update with optimistic concurrency; `jaren` replaces all years when sent. The
 * commissioning side changes every field; the agency side only `kenmerkUitvoerder`.
 */
export async function updateOpdracht(ctx: ServiceContext, id: string, version: number, input: UpdateOpdracht) {
  await metKenmerkBewaking(() =>
    ctx.db.transaction(async (tx) => {
      const before = await requireZichtbareOpdracht(ctx, tx, id, { forUpdate: true });
      const rechten = await getRechten(ctx, tx, id);
      const invoerVoor = invoerVanRow(before, await repo.findJaren(tx, [id]));
      const invoer = mergeOpdrachtInvoer(invoerVoor, input);
      const gewijzigd = gewijzigdeVelden(invoerVoor, invoer);
      if (!rechten.magWijzigen) {
        if (!rechten.magKenmerkUitvoerderZetten) throw forbidden('U mag deze opdracht lezen, maar niet wijzigen.');
        const anders = gewijzigd.filter((k) => k !== 'kenmerkUitvoerder');
        if (anders.length) throw forbidden(`De uitvoeringsorganisatie wijzigt bij een opdracht alleen kenmerkUitvoerder, niet: ${anders.join(', ')}.`);
      }
      if (before.version !== version) throw staleVersion();
      const driehoekId = await checkInvoer(tx, ctx, invoer, before);
      const after = await updateOpdrachtInTx(tx, ctx, before, invoer, driehoekId, { isJarenOngewijzigd: !gewijzigd.includes('jaren') });
      if (!after) throw staleVersion();
    }),
  );
  return getOpdracht(ctx, id);
}

/** Deletes an opdracht that is still a concept; later ones are withdrawn (ingetrokken) instead. */
export async function deleteOpdracht(ctx: ServiceContext, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const before = await requireZichtbareOpdracht(ctx, tx, id, { forUpdate: true });
    if (!(await getRechten(ctx, tx, id)).magWijzigen) throw forbidden('U mag deze opdracht lezen, maar niet verwijderen.');
    if (before.version !== version) throw staleVersion();
    if (before.status !== 'concept') {
      throw new AppError('opdracht-niet-verwijderbaar', `Alleen een concept wordt verwijderd; deze opdracht is ${before.status}. Trek haar in met een statuswijziging.`);
    }
    const jaren = await repo.findJaren(tx, [id]);
    if (!(await repo.deleteOpdracht(tx, id, version))) throw staleVersion();
    await auditFromContext(tx, ctx, { actie: 'verwijderd', entiteit: 'opdracht', entiteitId: id, voor: snapshot(before, jaren) });
  });
}
