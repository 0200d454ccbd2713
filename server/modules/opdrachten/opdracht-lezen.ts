import type { ListOpdrachtenQuery, Opdracht, OpdrachtDetail } from '../../../common/api/opdrachten.js';
import type { OpdrachtStatus } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound, registerErrorCodes } from '../../errors.js';
import { toPage } from '../../lib/paging.js';
import { presentOpdracht, presentStatuswijziging, presentVoortgangsmelding } from './opdrachten.presenter.js';
import * as repo from './opdrachten.repository.js';
import { getRechten, toegestaneOvergangen } from './rechten.js';
import * as meldingen from './voortgangsmeldingen.repository.js';

registerErrorCodes({
  'opdracht-niet-gevonden': { status: 404, title: 'Opdracht niet gevonden' },
  'kenmerk-bestaat-al': { status: 409, title: 'Kenmerk bestaat al' },
  'opdracht-niet-verwijderbaar': { status: 409, title: 'Opdracht niet te verwijderen' },
});

export const opdrachtNietGevonden = () => notFound('opdracht-niet-gevonden');

export function staleVersion(): AppError {
  return new AppError('versie-verouderd', 'Iemand anders heeft deze opdracht intussen gewijzigd. Laad haar opnieuw en breng uw wijziging opnieuw aan.');
}

/** Rows with names, each with its years, as the API shows them. */
export async function presentRows(db: DbOrTx, rows: repo.OpdrachtMetNamen[]): Promise<Opdracht[]> {
  const jaren = await repo.findJaren(db, rows.map((r) => r.opdracht.id));
  return rows.map((r) => presentOpdracht(r, jaren.filter((j) => j.opdrachtId === r.opdracht.id)));
}

/** A page of the opdrachten the caller may see; filtered in SQL, so a lezer gets an empty list. */
export async function listOpdrachten(ctx: ServiceContext, query: ListOpdrachtenQuery, basePath: string) {
  const { items, total } = await repo.listOpdrachten(ctx.db, { ...query, zichtbaar: repo.zichtbaarSql(ctx.actor) }, query);
  return toPage(await presentRows(ctx.db, items), total, query, basePath, query);
}

/** The opdracht row when the caller may see it; 404 otherwise (unknown and invisible look alike). */
export async function requireZichtbareOpdracht(ctx: ServiceContext, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) {
  const zichtbaar = repo.zichtbaarSql(ctx.actor);
  const row = options.forUpdate ? await repo.findOpdrachtForUpdate(db, id, zichtbaar) : await repo.findOpdracht(db, id, zichtbaar);
  if (!row) throw opdrachtNietGevonden();
  return row;
}

/** One opdracht with its years, status history, latest melding and what the caller may do; or 404. */
export async function getOpdracht(ctx: ServiceContext, id: string): Promise<OpdrachtDetail> {
  const row = await repo.findOpdrachtMetNamen(ctx.db, id, repo.zichtbaarSql(ctx.actor));
  if (!row) throw opdrachtNietGevonden();
  const [[opdracht], geschiedenis, laatste, rechten] = await Promise.all([
    presentRows(ctx.db, [row]),
    repo.findStatusgeschiedenis(ctx.db, id),
    meldingen.findLaatste(ctx.db, id),
    getRechten(ctx, ctx.db, id),
  ]);
  return {
    ...opdracht!,
    statusgeschiedenis: geschiedenis.map(presentStatuswijziging),
    laatsteVoortgangsmelding: laatste ? presentVoortgangsmelding(laatste) : null,
    toegestaneOvergangen: toegestaneOvergangen(row.opdracht.status as OpdrachtStatus, rechten),
    magWijzigen: rechten.magWijzigen,
    magKenmerkUitvoerderZetten: rechten.magKenmerkUitvoerderZetten,
    magVoortgangMelden: rechten.magVoortgangMelden,
    magVoortgangBevestigen: rechten.magVoortgangBevestigen,
  };
}
