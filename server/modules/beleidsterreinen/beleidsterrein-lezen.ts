import type { Beleidsterrein, ListBeleidsterreinenQuery } from '../../../common/api/beleidsterreinen.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound, registerErrorCodes } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { toPage } from '../../lib/paging.js';
import { groupUitvoerders, presentBeleidsterrein } from './beleidsterreinen.presenter.js';
import * as repo from './beleidsterreinen.repository.js';

registerErrorCodes({
  'beleidsterrein-niet-gevonden': { status: 404, title: 'Beleidsterrein niet gevonden' },
  'beleidsterrein-heeft-onderliggende': { status: 409, title: 'Beleidsterrein heeft onderliggende terreinen' },
  'beleidsterrein-in-gebruik': { status: 409, title: 'Beleidsterrein in gebruik' },
});

export const beleidsterreinNietGevonden = () => notFound('beleidsterrein-niet-gevonden');

export function staleVersion(): AppError {
  return new AppError('versie-verouderd', 'Iemand anders heeft dit beleidsterrein intussen gewijzigd. Laad het opnieuw en breng uw wijziging opnieuw aan.');
}

export async function presentRows(db: DbOrTx, rows: repo.BeleidsterreinMetVerantwoordelijke[]): Promise<Beleidsterrein[]> {
  const uitvoerders = groupUitvoerders(await repo.findUitvoerders(db, rows.map((r) => r.id)));
  return rows.map((row) => presentBeleidsterrein(row, uitvoerders.get(row.id) ?? []));
}

/**
 * A page of beleidsterreinen; reference data, visible to every logged-in user and API token.
 * `isWees` and `verantwoordelijkeInactief` find the terreinen nobody (still) owns.
 */
export async function listBeleidsterreinen(ctx: ServiceContext, query: ListBeleidsterreinenQuery, basePath: string) {
  const today = amsterdamToday(ctx.clock.now());
  const { items, total } = await repo.listBeleidsterreinen(ctx.db, { ...query, today }, query);
  return toPage(await presentRows(ctx.db, items), total, query, basePath, query);
}

/** One beleidsterrein, or 404. */
export async function getBeleidsterrein(ctx: ServiceContext, id: string): Promise<Beleidsterrein> {
  const row = await repo.findMetVerantwoordelijke(ctx.db, id, amsterdamToday(ctx.clock.now()));
  if (!row) throw beleidsterreinNietGevonden();
  const [terrein] = await presentRows(ctx.db, [row]);
  return terrein!;
}

/** The whole tree in one light list (parentId links), for tree views and pickers. */
export async function getBeleidsterreinBoom(ctx: ServiceContext) {
  const rows = await repo.allForTree(ctx.db);
  return { items: rows.map((r) => ({ ...r, isWees: r.beleidsverantwoordelijkeId === null })) };
}
