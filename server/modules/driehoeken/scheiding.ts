import type { DbOrTx } from '../../db/client.js';
import * as scheiding from './scheiding.repository.js';

export interface ScheidingWaarschuwing {
  soort: 'zelfde-organisatie' | 'zelfde-persoon';
  organisatieId: string | null;
  persoonId: string | null;
  /** Dutch sentence for the UI. */
  omschrijving: string;
}

/**
 * The separation check (DOMAIN.md), derived from the current driehoek and rollen so it is
 * never stale: per driehoek the breaches found on `today`. Driehoeken without a breach are absent.
 */
export async function getScheidingWaarschuwingen(
  db: DbOrTx,
  today: string,
  driehoekIds?: string[],
): Promise<Map<string, ScheidingWaarschuwing[]>> {
  const rows = await scheiding.findScheidingsbreuken(db, today, driehoekIds);
  const result = new Map<string, ScheidingWaarschuwing[]>();
  for (const row of rows) {
    const list = result.get(row.driehoek_id) ?? [];
    list.push({
      soort: row.soort,
      organisatieId: row.organisatie_id,
      persoonId: row.persoon_id,
      omschrijving:
        row.soort === 'zelfde-organisatie'
          ? `${row.organisatie_naam} is zowel eigenaar als opdrachtgever van deze driehoek.`
          : `${row.persoon_naam} heeft zowel een eigenaarsrol als een opdrachtgeversrol in deze driehoek.`,
    });
    result.set(row.driehoek_id, list);
  }
  return result;
}
