import type { Beleidsterrein, BeleidsterreinVerantwoordelijke } from '../../../common/api/beleidsterreinen.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { amsterdamToday } from '../../lib/dates.js';
import { registerAuditVisibility } from '../audit/audit.service.js';
import { getDriehoekHoeken } from '../driehoeken/driehoeken.service.js';
import { beleidsterreinNietGevonden, presentRows } from './beleidsterrein-lezen.js';
import * as repo from './beleidsterreinen.repository.js';

// The module's surface for routes and other modules; the use cases live one per file.
export { getBeleidsterrein, getBeleidsterreinBoom, listBeleidsterreinen } from './beleidsterrein-lezen.js';
export { createBeleidsterrein, deleteBeleidsterrein, updateBeleidsterrein } from './beleidsterrein-beheer.js';
export { assignBeleidsterrein } from './toewijzing.js';
export { magVerantwoordelijkeZetten } from './wijzigrecht.js';

// Beleidsterreinen are reference data: their history is visible to every logged-in user.
registerAuditVisibility('beleidsterrein', async (ctx: ServiceContext, id: string) => (await repo.findBeleidsterrein(ctx.db, id)) !== null);

const MAX_WEZEN = 500;

/**
 * Orphaned terreinen (no beleidsverantwoordelijke) that the agency of a driehoek executes; without
 * `driehoekId`, those of the driehoeken the caller holds a rol in (a beheerder too: only their own).
 * 404 for an unknown driehoek.
 */
export async function listWezen(ctx: ServiceContext, driehoekId?: string): Promise<Beleidsterrein[]> {
  const uitgevoerdDoor = driehoekId
    ? repo.uitvoerdersVan([(await getDriehoekHoeken(ctx.db, driehoekId)).uitvoeringsorganisatieId])
    : repo.uitvoerdersVanMijnDriehoeken(ctx.actor);
  const rows = await repo.listWezen(ctx.db, uitgevoerdDoor, amsterdamToday(ctx.clock.now()), MAX_WEZEN);
  return presentRows(ctx.db, rows);
}

/**
 * Who owns the policy of a terrein, for routing signalen: the organisation (with whether it is
 * active on `today`), or null for a wees. 404 for an unknown terrein.
 */
export async function getBeleidsverantwoordelijke(
  db: DbOrTx,
  terreinId: string,
  today: string = amsterdamToday(new Date()),
): Promise<BeleidsterreinVerantwoordelijke | null> {
  const row = await repo.findMetVerantwoordelijke(db, terreinId, today);
  if (!row) throw beleidsterreinNietGevonden();
  const [terrein] = await presentRows(db, [row]);
  return terrein!.beleidsverantwoordelijke;
}

/** The bare row of a terrein, or null: for other modules that check a beleidsterreinId. */
export async function findBeleidsterreinRow(db: DbOrTx, id: string) {
  return repo.findBeleidsterrein(db, id);
}
