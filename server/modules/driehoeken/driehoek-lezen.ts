import type { DriehoekSamenvatting, ListDriehoekenQuery } from '../../../common/api/driehoeken.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { zichtbareDriehoekIds } from '../../db/visibility.js';
import { forbidden, notFound, registerErrorCodes } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { toPage } from '../../lib/paging.js';
import { getOrganisatieRows, getPaden } from '../organisaties/organisaties.service.js';
import { type OrganisatieInfo, presentDriehoek, presentDriehoekSamenvatting, type SamenvattingBronnen } from './driehoeken.presenter.js';
import * as repo from './driehoeken.repository.js';
import { getScheidingWaarschuwingen } from './scheiding.js';

registerErrorCodes({
  'driehoek-niet-gevonden': { status: 404, title: 'Driehoek niet gevonden' },
  'driehoek-bestaat-al': { status: 409, title: 'Driehoek bestaat al' },
  'driehoek-in-gebruik': { status: 409, title: 'Driehoek in gebruik' },
  'geen-scheidingsbreuk': { status: 409, title: 'Geen scheidingswaarschuwing' },
  'scheidingsuitzondering-niet-gevonden': { status: 404, title: 'Geen scheidingsuitzondering' },
});

export const driehoekNietGevonden = () => notFound('driehoek-niet-gevonden');

async function loadBronnen(db: DbOrTx, rows: repo.DriehoekRow[], today: string): Promise<SamenvattingBronnen> {
  const ids = rows.map((r) => r.id);
  const [opdrachtgevers, waarschuwingen] = await Promise.all([
    repo.findOpdrachtgevers(db, ids),
    ids.length ? getScheidingWaarschuwingen(db, today, ids) : Promise.resolve(new Map()),
  ]);
  const organisatieIds = [
    ...new Set([...rows.flatMap((r) => [r.uitvoeringsorganisatieId, r.eigenaarId]), ...opdrachtgevers.map((g) => g.organisatieId)]),
  ];
  const doorIds = rows.map((r) => r.scheidingUitzonderingDoor).filter((id): id is string => id !== null);
  const [orgRows, paden, persoonNamen] = await Promise.all([
    getOrganisatieRows(db, organisatieIds),
    getPaden(db, organisatieIds),
    repo.findPersoonNamen(db, doorIds),
  ]);
  const organisaties = new Map<string, OrganisatieInfo>(
    orgRows.map((o) => [o.id, { id: o.id, naam: o.naam, afkorting: o.afkorting, soort: o.soort, pad: paden.get(o.id) ?? o.naam }]),
  );
  return { organisaties, opdrachtgevers, waarschuwingen, persoonNamen };
}

async function samenvattingenVan(db: DbOrTx, rows: repo.DriehoekRow[], today: string): Promise<DriehoekSamenvatting[]> {
  const bronnen = await loadBronnen(db, rows, today);
  return rows.map((row) => presentDriehoekSamenvatting(row, bronnen));
}

/** A page of driehoeken; reference data, visible to every logged-in user and API token. */
export async function listDriehoeken(ctx: ServiceContext, query: ListDriehoekenQuery, basePath: string) {
  const today = amsterdamToday(ctx.clock.now());
  const gewaarschuwdeIds =
    query.heeftScheidingWaarschuwing === undefined ? undefined : [...(await getScheidingWaarschuwingen(ctx.db, today)).keys()];
  const { items, total } = await repo.listDriehoeken(
    ctx.db,
    {
      q: query.q,
      organisatieId: query.organisatieId,
      heeftScheidingWaarschuwing: query.heeftScheidingWaarschuwing,
      gewaarschuwdeIds,
      // "Mine" means holding a rol in it, also for a beheerder, who otherwise sees every driehoek.
      mijn: query.mijn ? zichtbareDriehoekIds({ ...ctx.actor, isBeheerder: false }) : undefined,
    },
    query,
  );
  return toPage(await samenvattingenVan(ctx.db, items, today), total, query, basePath, query);
}

/** One driehoek with its corners, its people today and the separation check, or 404. */
export async function getDriehoek(ctx: ServiceContext, id: string) {
  const today = amsterdamToday(ctx.clock.now());
  const row = await repo.findDriehoek(ctx.db, id);
  if (!row) throw driehoekNietGevonden();
  const [samenvatting] = await samenvattingenVan(ctx.db, [row], today);
  return presentDriehoek(samenvatting!, await repo.findDriehoekPersonen(ctx.db, id, today));
}

/**
 * Driehoeken flagged by the separation check today (breach, no exception), for dashboards and
 * signals; with `isMijn` only those the caller holds a rol in.
 */
export async function listDriehoekenMetWaarschuwing(ctx: ServiceContext, options: { isMijn?: boolean } = {}) {
  const today = amsterdamToday(ctx.clock.now());
  const gewaarschuwdeIds = [...(await getScheidingWaarschuwingen(ctx.db, today)).keys()];
  const { items } = await repo.listDriehoeken(
    ctx.db,
    {
      heeftScheidingWaarschuwing: true,
      gewaarschuwdeIds,
      mijn: options.isMijn ? zichtbareDriehoekIds({ ...ctx.actor, isBeheerder: false }) : undefined,
    },
    { page: 1, pageSize: 1000 },
  );
  return samenvattingenVan(ctx.db, items, today);
}

/**
 * Whether the caller may edit this driehoek: a beheerder, or a person who holds the eigenaar or
 * coördinerend-opdrachtgever rol in it today (named on the rol, or at that corner or below).
 */
export async function magDriehoekWijzigen(ctx: ServiceContext, db: DbOrTx, driehoekId: string): Promise<boolean> {
  if (ctx.actor.isBeheerder) return true;
  if (ctx.actor.kind !== 'persoon' || !ctx.actor.persoonId) return false;
  const personen = await repo.findDriehoekPersonen(db, driehoekId, amsterdamToday(ctx.clock.now()));
  return personen.some(
    (p) => p.persoon_id === ctx.actor.persoonId && (p.rol === 'eigenaar' || p.rol === 'coordinerend-opdrachtgever'),
  );
}

export async function requireWijzigrecht(ctx: ServiceContext, db: DbOrTx, driehoekId: string): Promise<void> {
  if (!(await magDriehoekWijzigen(ctx, db, driehoekId))) {
    throw forbidden('Alleen een beheerder, de eigenaar of de coördinerend opdrachtgever van deze driehoek mag dit.');
  }
}
