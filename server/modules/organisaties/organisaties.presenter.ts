import type { Organisatie } from '../../../common/api/organisaties.js';
import type { OrganisatieSoort } from '../../../common/enums.js';
import { toIsoDate } from '../../lib/dates.js';
import type { OrganisatieRow } from './organisaties.repository.js';

export function isActiefOpDatum(row: Pick<OrganisatieRow, 'actiefVan' | 'actiefTot'>, today: string): boolean {
  return (!row.actiefVan || row.actiefVan <= today) && (!row.actiefTot || row.actiefTot >= today);
}

export function presentOrganisatie(row: OrganisatieRow, pad: string | undefined, today: string): Organisatie {
  return {
    id: row.id,
    naam: row.naam,
    afkorting: row.afkorting,
    soort: row.soort as OrganisatieSoort,
    parentId: row.parentId,
    pad: pad ?? row.naam,
    actiefVan: toIsoDate(row.actiefVan),
    actiefTot: toIsoDate(row.actiefTot),
    isActief: isActiefOpDatum(row, today),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
