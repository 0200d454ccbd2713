import type { ImportAantallen, ImportProbleem, ImportRij, ImportZijde, OpdrachtImport } from '../../../../common/api/opdracht-import.js';
import type { OpdrachtSoort } from '../../../../common/enums.js';
import { API_BASE } from '../../../version.js';
import { type Analyse, aantallenVan, MAX_IN_ANTWOORD, presentProbleem, presentRegel } from './analyse.js';
import type { ImportInstellingen } from './groepen.js';
import type { OpdrachtImportRow } from './opdracht-imports.repository.js';

/** What is stored of a preview (and, after the commit, of its result). */
export interface Voorvertoning {
  kopRij: number;
  kolommen: { kop: string; letter: string; veld: string | null }[];
  mapping: Record<string, string>;
  onbekendeKolommen: string[];
  aantallen: ImportAantallen;
  isUitvoerbaar: boolean;
  problemen: ImportProbleem[];
  aantalProblemen: number;
  rijen: ImportRij[];
}

export function voorvertoningVan(analyse: Analyse): Voorvertoning {
  return {
    kopRij: analyse.tabel.kopRij,
    kolommen: analyse.tabel.kolommen.map((k) => ({ kop: k.kop, letter: k.letter, veld: k.sleutel })),
    mapping: analyse.tabel.mapping,
    onbekendeKolommen: analyse.tabel.onbekend,
    aantallen: aantallenVan(analyse),
    isUitvoerbaar: analyse.problemen.length === 0,
    problemen: analyse.problemen.slice(0, MAX_IN_ANTWOORD).map(presentProbleem),
    aantalProblemen: analyse.problemen.length,
    rijen: analyse.regels.slice(0, MAX_IN_ANTWOORD).map(presentRegel),
  };
}

export const importPad = (id: string) => `${API_BASE}/opdracht-imports/${id}`;

export function presentImport(row: Omit<OpdrachtImportRow, 'bestand'>): OpdrachtImport {
  const instellingen = row.instellingen as ImportInstellingen;
  const v = row.voorvertoning as Voorvertoning;
  return {
    id: row.id,
    bestandsnaam: row.bestandsnaam,
    zijde: row.zijde as ImportZijde,
    uitvoeringsorganisatieId: row.uitvoeringsorganisatieId,
    opdrachtgeverId: instellingen.opdrachtgeverId,
    jaar: instellingen.jaar,
    soort: instellingen.soort as OpdrachtSoort | null,
    status: row.uitgevoerdOp ? 'uitgevoerd' : 'voorbereid',
    ...v,
    createdAt: row.createdAt.toISOString(),
    verlooptOp: row.verlooptOp.toISOString(),
    uitgevoerdOp: row.uitgevoerdOp?.toISOString() ?? null,
    _links: { self: { href: importPad(row.id) }, uitvoeringen: { href: `${importPad(row.id)}/uitvoeringen` } },
  };
}
