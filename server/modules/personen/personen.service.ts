import type { RolSoort } from '../../../common/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { toIsoDate } from '../../lib/dates.js';
import * as repo from './personen.repository.js';

/** A person's roles (with organisation names), only those valid on `today` when given. */
export async function getRollenVanPersoon(db: DbOrTx, persoonId: string, today?: string) {
  const rows = await repo.listRollenVanPersoon(db, persoonId, today);
  return rows.map((r) => ({
    rolId: r.id,
    rol: r.rol as RolSoort,
    organisatieId: r.organisatieId,
    organisatieNaam: r.organisatieNaam,
    driehoekId: r.driehoekId,
    geldigVan: toIsoDate(r.geldigVan)!,
    geldigTot: toIsoDate(r.geldigTot),
  }));
}

export async function getPersoonRow(db: DbOrTx, id: string) {
  return repo.findPersoon(db, id);
}
