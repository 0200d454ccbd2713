import type { CreateBeleidsterrein, UpdateBeleidsterrein } from '../../../common/api/beleidsterreinen.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import { AppError, forbidden, type InvalidParam, invalid } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import { beleidsterreinNietGevonden, getBeleidsterrein, staleVersion } from './beleidsterrein-lezen.js';
import { checkBeleidsverantwoordelijke, checkParent, checkUitvoerders } from './beleidsterrein-validatie.js';
import * as repo from './beleidsterreinen.repository.js';
import { requireBeheerder, requireVerantwoordelijkeRecht } from './wijzigrecht.js';

/** What the audit stores of a terrein: the row and who executes it. */
export async function snapshot(db: DbOrTx, row: repo.BeleidsterreinRow) {
  return { ...row, uitvoerderIds: (await repo.findUitvoerders(db, [row.id])).map((u) => u.id) };
}

async function checkInvoer(db: DbOrTx, input: UpdateBeleidsterrein, today: string, selfId?: string): Promise<InvalidParam[]> {
  const problems: InvalidParam[] = [];
  if (input.beleidsverantwoordelijkeId) problems.push(...(await checkBeleidsverantwoordelijke(db, input.beleidsverantwoordelijkeId, today)));
  if (input.parentId) problems.push(...(await checkParent(db, input.parentId, selfId)));
  if (input.uitvoerderIds) problems.push(...(await checkUitvoerders(db, input.uitvoerderIds)));
  return problems;
}

/** Creates a beleidsterrein (beheerder); without a beleidsverantwoordelijke it starts as a wees. */
export async function createBeleidsterrein(ctx: ServiceContext, input: CreateBeleidsterrein) {
  requireBeheerder(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const problems = await checkInvoer(tx, input, amsterdamToday(ctx.clock.now()));
    if (problems.length) throw invalid(problems);
    const now = ctx.clock.now();
    const created = await repo.insertBeleidsterrein(tx, {
      id: newId(),
      naam: input.naam,
      omschrijving: input.omschrijving ?? null,
      beleidsverantwoordelijkeId: input.beleidsverantwoordelijkeId ?? null,
      parentId: input.parentId ?? null,
      wettelijkeGrondslagen: input.wettelijkeGrondslagen ?? [],
      createdAt: now,
      updatedAt: now,
    });
    await repo.replaceUitvoerders(tx, created.id, input.uitvoerderIds ?? []);
    await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'beleidsterrein', entiteitId: created.id, na: await snapshot(tx, created) });
    return created.id;
  });
  return getBeleidsterrein(ctx, id);
}

/** The fields this update really changes, other than the beleidsverantwoordelijke. */
function andereWijzigingen(before: Awaited<ReturnType<typeof snapshot>>, input: UpdateBeleidsterrein): string[] {
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  const changed: string[] = [];
  if (input.naam !== undefined && input.naam !== before.naam) changed.push('naam');
  if (input.omschrijving !== undefined && input.omschrijving !== before.omschrijving) changed.push('omschrijving');
  if (input.parentId !== undefined && input.parentId !== before.parentId) changed.push('parentId');
  if (input.wettelijkeGrondslagen !== undefined && !sameList(input.wettelijkeGrondslagen, before.wettelijkeGrondslagen)) {
    changed.push('wettelijkeGrondslagen');
  }
  if (input.uitvoerderIds !== undefined && !sameList([...input.uitvoerderIds].sort(), [...before.uitvoerderIds].sort())) {
    changed.push('uitvoerderIds');
  }
  return changed;
}

/**
 * Partial update with optimistic concurrency. A beheerder changes everything; the eigenaar or
 * coördinerend opdrachtgever of a driehoek whose agency executes the terrein only its
 * beleidsverantwoordelijke (fields sent unchanged are no change).
 */
export async function updateBeleidsterrein(ctx: ServiceContext, id: string, version: number, input: UpdateBeleidsterrein) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findBeleidsterreinForUpdate(tx, id);
    if (!row) throw beleidsterreinNietGevonden();
    const voor = await snapshot(tx, row);
    if (!ctx.actor.isBeheerder) {
      await requireVerantwoordelijkeRecht(ctx, tx, id);
      const anders = andereWijzigingen(voor, input);
      if (anders.length) throw forbidden(`U mag bij dit beleidsterrein alleen de beleidsverantwoordelijke wijzigen, niet: ${anders.join(', ')}.`);
    }
    if (row.version !== version) throw staleVersion();
    const isNieuweVerantwoordelijke = input.beleidsverantwoordelijkeId !== undefined && input.beleidsverantwoordelijkeId !== row.beleidsverantwoordelijkeId;
    const problems = await checkInvoer(tx, {
      ...input,
      // An unchanged verantwoordelijke that has since become inactive does not block other edits.
      beleidsverantwoordelijkeId: isNieuweVerantwoordelijke ? input.beleidsverantwoordelijkeId : undefined,
      parentId: input.parentId !== row.parentId ? input.parentId : undefined,
    }, amsterdamToday(ctx.clock.now()), id);
    if (problems.length) throw invalid(problems);
    if (input.uitvoerderIds !== undefined) await repo.replaceUitvoerders(tx, id, input.uitvoerderIds);
    const after = await repo.updateBeleidsterrein(tx, id, version, {
      ...(input.naam !== undefined ? { naam: input.naam } : {}),
      ...(input.omschrijving !== undefined ? { omschrijving: input.omschrijving } : {}),
      ...(input.beleidsverantwoordelijkeId !== undefined ? { beleidsverantwoordelijkeId: input.beleidsverantwoordelijkeId } : {}),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
      ...(input.wettelijkeGrondslagen !== undefined ? { wettelijkeGrondslagen: input.wettelijkeGrondslagen } : {}),
    }, ctx.clock.now());
    if (!after) throw staleVersion();
    await auditFromContext(tx, ctx, { actie: 'gewijzigd', entiteit: 'beleidsterrein', entiteitId: id, voor, na: await snapshot(tx, after) });
  });
  return getBeleidsterrein(ctx, id);
}

/** Deletes a leaf terrein nothing refers to (beheerder); one with onderliggende terreinen is 409. */
export async function deleteBeleidsterrein(ctx: ServiceContext, id: string, version: number) {
  requireBeheerder(ctx);
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await repo.findBeleidsterreinForUpdate(tx, id);
      if (!row) throw beleidsterreinNietGevonden();
      if (row.version !== version) throw staleVersion();
      const kinderen = await repo.countChildren(tx, id);
      if (kinderen > 0) {
        throw new AppError('beleidsterrein-heeft-onderliggende', `Onder dit beleidsterrein hangen nog ${kinderen} andere terreinen. Verplaats of verwijder die eerst.`);
      }
      const voor = await snapshot(tx, row);
      if (!(await repo.deleteBeleidsterrein(tx, id, version))) throw staleVersion();
      await auditFromContext(tx, ctx, { actie: 'verwijderd', entiteit: 'beleidsterrein', entiteitId: id, voor });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('beleidsterrein-in-gebruik', 'Er verwijzen nog andere gegevens (zoals opdrachten of signalen) naar dit beleidsterrein.');
    }
    throw error;
  }
}
