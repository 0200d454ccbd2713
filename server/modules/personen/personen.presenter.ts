import type { Persoon, Rol } from '../../../common/api/personen.js';
import type { RolSoort } from '../../../common/enums.js';
import { toIsoDate } from '../../lib/dates.js';
import type { PersoonRow } from './personen.repository.js';
import type { RolMetNamen, RolRow } from './rollen.repository.js';

export function rolStatusOp(row: Pick<RolRow, 'geldigVan' | 'geldigTot'>, today: string): Rol['status'] {
  if (row.geldigVan > today) return 'gepland';
  if (row.geldigTot !== null && row.geldigTot < today) return 'beeindigd';
  return 'actief';
}

export function presentRol(row: RolMetNamen, today: string): Rol {
  const { rol } = row;
  const status = rolStatusOp(rol, today);
  return {
    id: rol.id,
    persoonId: rol.persoonId,
    persoonNaam: row.persoonNaam,
    rol: rol.rol as RolSoort,
    organisatieId: rol.organisatieId,
    organisatieNaam: row.organisatieNaam,
    driehoekId: rol.driehoekId,
    driehoekNaam: row.driehoekNaam,
    geldigVan: toIsoDate(rol.geldigVan)!,
    geldigTot: toIsoDate(rol.geldigTot),
    status,
    isActief: status === 'actief',
    version: rol.version,
    createdAt: rol.createdAt.toISOString(),
    updatedAt: rol.updatedAt.toISOString(),
  };
}

/** Never the password hash; the OIDC link only as a yes/no. */
export function presentPersoon(row: PersoonRow, rollen: RolMetNamen[], today: string): Persoon {
  return {
    id: row.id,
    naam: row.naam,
    email: row.email,
    isActief: row.isActief,
    heeftSso: row.oidcSubject !== null,
    rollen: rollen.map((r) => presentRol(r, today)),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit chain keeps of a person: readable by every logged-in user, so no secrets. */
export function auditPersoon(row: PersoonRow) {
  return { id: row.id, naam: row.naam, email: row.email, isActief: row.isActief, heeftSso: row.oidcSubject !== null, version: row.version };
}
