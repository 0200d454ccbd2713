import type { CreateScheidingsuitzondering } from '../../../common/api/driehoeken.js';
import type { ServiceContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { auditFromContext } from '../audit/audit.service.js';
import { staleVersion } from './driehoek-beheer.js';
import { driehoekNietGevonden, getDriehoek, requireWijzigrecht } from './driehoek-lezen.js';
import * as repo from './driehoeken.repository.js';
import { getScheidingWaarschuwingen } from './scheiding.js';

const uitzonderingVan = (row: repo.DriehoekRow) => ({
  reden: row.scheidingUitzonderingReden,
  door: row.scheidingUitzonderingDoor,
  op: row.scheidingUitzonderingOp,
});

/**
 * Records why a breach of the separation check is accepted; the driehoek is then no longer
 * flagged, but the breaches stay listed. Only when there is a breach today; a new reason
 * replaces an earlier one (both audited).
 */
export async function recordScheidingsuitzondering(ctx: ServiceContext, id: string, input: CreateScheidingsuitzondering) {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDriehoekForUpdate(tx, id);
    if (!before) throw driehoekNietGevonden();
    await requireWijzigrecht(ctx, tx, id);
    const waarschuwingen = (await getScheidingWaarschuwingen(tx, amsterdamToday(ctx.clock.now()), [id])).get(id) ?? [];
    if (waarschuwingen.length === 0) {
      throw new AppError('geen-scheidingsbreuk', 'Deze driehoek voldoet aan de scheiding van eigenaar en opdrachtgever; een uitzondering is niet nodig.');
    }
    const now = ctx.clock.now();
    const after = await repo.updateDriehoek(tx, id, before.version, {
      scheidingUitzonderingReden: input.reden,
      scheidingUitzonderingDoor: ctx.actor.persoonId,
      scheidingUitzonderingOp: now,
    }, now);
    if (!after) throw staleVersion();
    await auditFromContext(tx, ctx, {
      actie: 'scheidingsuitzondering-vastgelegd',
      entiteit: 'driehoek',
      entiteitId: id,
      voor: uitzonderingVan(before),
      na: { ...uitzonderingVan(after), waarschuwingen },
    });
  });
  return getDriehoek(ctx, id);
}

/** Withdraws the recorded exception, so a breach flags the driehoek again. */
export async function removeScheidingsuitzondering(ctx: ServiceContext, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDriehoekForUpdate(tx, id);
    if (!before) throw driehoekNietGevonden();
    await requireWijzigrecht(ctx, tx, id);
    if (before.version !== version) throw staleVersion();
    if (!before.scheidingUitzonderingReden) {
      throw new AppError('scheidingsuitzondering-niet-gevonden', 'Voor deze driehoek is geen uitzondering op de scheiding vastgelegd.');
    }
    const after = await repo.updateDriehoek(tx, id, version, {
      scheidingUitzonderingReden: null,
      scheidingUitzonderingDoor: null,
      scheidingUitzonderingOp: null,
    }, ctx.clock.now());
    if (!after) throw staleVersion();
    await auditFromContext(tx, ctx, {
      actie: 'scheidingsuitzondering-verwijderd',
      entiteit: 'driehoek',
      entiteitId: id,
      voor: uitzonderingVan(before),
      na: uitzonderingVan(after),
    });
  });
  return getDriehoek(ctx, id);
}
