import type { CreateDriehoek } from '../../../common/api/driehoeken.js';
import type { OrganisatieSoort } from '../../../common/enums.js';
import { ORGANISATIE_SOORT_LABELS } from '../../../common/labels.js';
import type { DbOrTx } from '../../db/client.js';
import type { InvalidParam } from '../../errors.js';
import { getOrganisatieRows } from '../organisaties/organisaties.service.js';

/** Which kinds of organisation may sit in which corner (DOMAIN.md: typically bestuursstaf and DGs). */
export const TOEGESTANE_SOORTEN = {
  uitvoeringsorganisatie: ['uitvoeringsorganisatie'],
  eigenaar: ['bestuursstaf', 'ministerie', 'directie'],
  opdrachtgever: ['directoraat-generaal', 'directie', 'ministerie', 'bestuursstaf'],
} as const satisfies Record<string, readonly OrganisatieSoort[]>;

type Hoeken = Partial<Pick<CreateDriehoek, 'uitvoeringsorganisatieId' | 'eigenaarId' | 'opdrachtgevers'>>;

const soortenTekst = (soorten: readonly OrganisatieSoort[]) =>
  soorten.map((s) => ORGANISATIE_SOORT_LABELS[s].toLowerCase()).join(', ');

/**
 * Every problem with the corners given (those left out are not checked), so the caller gets
 * them all at once: unknown or inactive organisations, the wrong kind in a corner, duplicate
 * opdrachtgevers, and not exactly one coördinerend opdrachtgever.
 */
export async function checkHoeken(db: DbOrTx, input: Hoeken, today: string): Promise<InvalidParam[]> {
  const ids = [input.uitvoeringsorganisatieId, input.eigenaarId, ...(input.opdrachtgevers ?? []).map((g) => g.organisatieId)]
    .filter((id): id is string => id !== undefined);
  const rows = new Map((await getOrganisatieRows(db, [...new Set(ids)])).map((r) => [r.id, r]));
  const problems: InvalidParam[] = [];

  const checkOrganisatie = (name: string, id: string, soorten: readonly OrganisatieSoort[]) => {
    const row = rows.get(id);
    if (!row) {
      problems.push({ name, code: 'onbekend', reason: 'deze organisatie bestaat niet' });
    } else if (!soorten.includes(row.soort as OrganisatieSoort)) {
      problems.push({ name, code: 'ongeldige-soort', reason: `moet een van deze soorten zijn: ${soortenTekst(soorten)}` });
    } else if ((row.actiefVan && row.actiefVan > today) || (row.actiefTot && row.actiefTot < today)) {
      problems.push({ name, code: 'niet-actief', reason: `${row.naam} is vandaag niet actief` });
    }
  };

  if (input.uitvoeringsorganisatieId !== undefined) {
    checkOrganisatie('uitvoeringsorganisatieId', input.uitvoeringsorganisatieId, TOEGESTANE_SOORTEN.uitvoeringsorganisatie);
  }
  if (input.eigenaarId !== undefined) checkOrganisatie('eigenaarId', input.eigenaarId, TOEGESTANE_SOORTEN.eigenaar);
  if (input.opdrachtgevers !== undefined) {
    const seen = new Set<string>();
    input.opdrachtgevers.forEach((g, i) => {
      const name = `opdrachtgevers.${i}.organisatieId`;
      if (seen.has(g.organisatieId)) {
        problems.push({ name, code: 'dubbel', reason: 'deze organisatie staat al in de lijst van opdrachtgevers' });
        return;
      }
      seen.add(g.organisatieId);
      checkOrganisatie(name, g.organisatieId, TOEGESTANE_SOORTEN.opdrachtgever);
    });
    const coordinerend = input.opdrachtgevers.filter((g) => g.isCoordinerend).length;
    if (coordinerend !== 1) {
      problems.push({
        name: 'opdrachtgevers',
        code: 'coordinerend',
        reason: `precies één opdrachtgever is coördinerend (nu ${coordinerend})`,
      });
    }
  }
  return problems;
}
