import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { registerAuditVisibility } from '../audit/audit.service.js';
import { driehoekNietGevonden } from './driehoek-lezen.js';
import * as repo from './driehoeken.repository.js';

// The module's surface for routes and other modules; the use cases live one per file.
export { getScheidingWaarschuwingen, type ScheidingWaarschuwing } from './scheiding.js';
export { getDriehoek, listDriehoeken, listDriehoekenMetWaarschuwing, magDriehoekWijzigen } from './driehoek-lezen.js';
export { createDriehoek, deleteDriehoek, updateDriehoek } from './driehoek-beheer.js';
export { recordScheidingsuitzondering, removeScheidingsuitzondering } from './scheidingsuitzondering.js';

// Driehoeken are reference data: their history is visible to every logged-in user.
registerAuditVisibility('driehoek', async (ctx: ServiceContext, id: string) => (await repo.findDriehoek(ctx.db, id)) !== null);

export interface DriehoekHoeken {
  driehoekId: string;
  uitvoeringsorganisatieId: string;
  eigenaarId: string;
  opdrachtgeverIds: string[];
  coordinerendOpdrachtgeverId: string | null;
}

/** The corner organisations of a driehoek, or null when it does not exist (for validation elsewhere). */
export async function findDriehoekHoeken(db: DbOrTx, id: string): Promise<DriehoekHoeken | null> {
  const row = await repo.findDriehoek(db, id);
  if (!row) return null;
  const opdrachtgevers = await repo.findOpdrachtgevers(db, [id]);
  return {
    driehoekId: row.id,
    uitvoeringsorganisatieId: row.uitvoeringsorganisatieId,
    eigenaarId: row.eigenaarId,
    opdrachtgeverIds: opdrachtgevers.map((g) => g.organisatieId),
    coordinerendOpdrachtgeverId: opdrachtgevers.find((g) => g.isCoordinerend)?.organisatieId ?? null,
  };
}

/** The corner organisations of a driehoek; 404 when it does not exist. */
export async function getDriehoekHoeken(db: DbOrTx, id: string): Promise<DriehoekHoeken> {
  const hoeken = await findDriehoekHoeken(db, id);
  if (!hoeken) throw driehoekNietGevonden();
  return hoeken;
}

/** The driehoek of an agency (its corners), or null: every item of an agency belongs to it. */
export async function findDriehoekVanUitvoeringsorganisatie(db: DbOrTx, organisatieId: string): Promise<DriehoekHoeken | null> {
  const row = await repo.findByUitvoeringsorganisatie(db, organisatieId);
  return row ? findDriehoekHoeken(db, row.id) : null;
}
