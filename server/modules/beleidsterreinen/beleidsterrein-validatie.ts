import type { OrganisatieSoort } from '../../../common/enums.js';
import { ORGANISATIE_SOORT_LABELS } from '../../../common/labels.js';
import type { DbOrTx } from '../../db/client.js';
import type { InvalidParam } from '../../errors.js';
import { getOrganisatieRows } from '../organisaties/organisaties.service.js';
import * as repo from './beleidsterreinen.repository.js';

/** Policy is owned by the commissioning side: a DG or one of its directies (DOMAIN.md). */
export const VERANTWOORDELIJKE_SOORTEN: readonly OrganisatieSoort[] = ['directoraat-generaal', 'directie'];

const soortLabel = (soort: string) => ORGANISATIE_SOORT_LABELS[soort as OrganisatieSoort]?.toLowerCase() ?? soort;

/**
 * Whether an organisation may be a beleidsverantwoordelijke: an existing DG or directie, active
 * today, that is an opdrachtgever corner of some driehoek or lies below one.
 */
export async function checkBeleidsverantwoordelijke(db: DbOrTx, organisatieId: string, today: string, name = 'beleidsverantwoordelijkeId'): Promise<InvalidParam[]> {
  const [row] = await getOrganisatieRows(db, [organisatieId]);
  if (!row) return [{ name, code: 'onbekend', reason: 'deze organisatie bestaat niet' }];
  if (!VERANTWOORDELIJKE_SOORTEN.includes(row.soort as OrganisatieSoort)) {
    return [{
      name,
      code: 'geen-opdrachtgever',
      reason: `${row.naam} is een ${soortLabel(row.soort)}; alleen een directoraat-generaal of directie aan opdrachtgeverskant kan beleidsverantwoordelijke zijn`,
    }];
  }
  if ((row.actiefVan && row.actiefVan > today) || (row.actiefTot && row.actiefTot < today)) {
    return [{ name, code: 'niet-actief', reason: `${row.naam} is vandaag niet actief` }];
  }
  if (!(await repo.isOnderOpdrachtgeverHoek(db, organisatieId))) {
    return [{
      name,
      code: 'geen-opdrachtgever',
      reason: `${row.naam} is geen opdrachtgever in een driehoek en valt ook niet onder een opdrachtgever`,
    }];
  }
  return [];
}

/** Uitvoerders are uitvoeringsorganisaties, each named once. */
export async function checkUitvoerders(db: DbOrTx, ids: string[]): Promise<InvalidParam[]> {
  const rows = new Map((await getOrganisatieRows(db, [...new Set(ids)])).map((r) => [r.id, r]));
  const problems: InvalidParam[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const name = `uitvoerderIds.${i}`;
    const row = rows.get(id);
    if (seen.has(id)) problems.push({ name, code: 'dubbel', reason: 'deze organisatie staat al in de lijst van uitvoerders' });
    else if (!row) problems.push({ name, code: 'onbekend', reason: 'deze organisatie bestaat niet' });
    else if (row.soort !== 'uitvoeringsorganisatie') {
      problems.push({ name, code: 'geen-uitvoeringsorganisatie', reason: `${row.naam} is een ${soortLabel(row.soort)}, geen uitvoeringsorganisatie` });
    }
    seen.add(id);
  });
  return problems;
}

/** The parent exists and is not the terrein itself or one below it. */
export async function checkParent(db: DbOrTx, parentId: string, selfId?: string): Promise<InvalidParam[]> {
  if (!(await repo.findBeleidsterrein(db, parentId))) {
    return [{ name: 'parentId', code: 'onbekend', reason: 'dit beleidsterrein bestaat niet' }];
  }
  if (selfId && (await repo.subtreeIds(db, selfId)).includes(parentId)) {
    return [{ name: 'parentId', code: 'kringverwijzing', reason: 'een beleidsterrein kan niet onder zichzelf of een eigen onderliggend terrein hangen' }];
  }
  return [];
}
