import type { Beleidsterrein, BeleidsterreinUitvoerder } from '../../../common/api/beleidsterreinen.js';
import type { BeleidsterreinMetVerantwoordelijke, UitvoerderRow } from './beleidsterreinen.repository.js';

export function presentBeleidsterrein(row: BeleidsterreinMetVerantwoordelijke, uitvoerders: BeleidsterreinUitvoerder[]): Beleidsterrein {
  const heeftVerantwoordelijke = row.beleidsverantwoordelijkeId !== null && row.verantwoordelijkeNaam !== null;
  return {
    id: row.id,
    naam: row.naam,
    omschrijving: row.omschrijving,
    beleidsverantwoordelijkeId: row.beleidsverantwoordelijkeId,
    beleidsverantwoordelijke: heeftVerantwoordelijke
      ? {
          id: row.beleidsverantwoordelijkeId!,
          naam: row.verantwoordelijkeNaam!,
          afkorting: row.verantwoordelijkeAfkorting,
          isActief: row.verantwoordelijkeIsActief === true,
        }
      : null,
    isWees: row.beleidsverantwoordelijkeId === null,
    uitvoerders,
    parentId: row.parentId,
    wettelijkeGrondslagen: row.wettelijkeGrondslagen,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The uitvoerders per terrein id, already in name order. */
export function groupUitvoerders(rows: UitvoerderRow[]): Map<string, BeleidsterreinUitvoerder[]> {
  const map = new Map<string, BeleidsterreinUitvoerder[]>();
  for (const r of rows) {
    const list = map.get(r.beleidsterreinId) ?? [];
    list.push({ id: r.id, naam: r.naam, afkorting: r.afkorting });
    map.set(r.beleidsterreinId, list);
  }
  return map;
}
