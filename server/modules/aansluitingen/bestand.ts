import {
  type GeparseerdeRij,
  type Kolommapping,
  type Probleem,
  parseRow,
  readTable,
} from '../../lib/spreadsheets/index.js';
import type { AansluitRij } from './engine/index.js';

export interface AansluitBestand {
  rijen: AansluitRij[];
  /** The columns used, field → header, as recognised and mapped. */
  mapping: Record<string, string>;
  /** Problems with the mapping (unknown field, missing column): the file cannot be compared as asked. */
  kolomProblemen: Probleem[];
  /** Values that could not be read; the row is compared without them. */
  waardeProblemen: Probleem[];
}

/**
 * Reads an xlsx or CSV list for an aansluiting: the first worksheet, header on the first
 * non-empty row, rows named by their spreadsheet row (CSV: line) number. In a reconciliation
 * `kenmerk` is whatever identifier the two files share; a file that only has a commissioner's or
 * agency's kenmerk column uses that one. Throws BestandFout when the file cannot be read.
 */
export async function leesAansluitBestand(
  bron: Uint8Array | string,
  opties: { filename?: string; mapping?: Kolommapping } = {},
): Promise<AansluitBestand> {
  const tabel = await readTable(bron, opties);
  const waardeProblemen: Probleem[] = [];
  const rijen = tabel.rows.map((row) => {
    const geparseerd = parseRow(row, tabel);
    waardeProblemen.push(...geparseerd.problemen);
    return naarAansluitRij(geparseerd);
  });
  const kolomProblemen = [...tabel.problemen];
  if (!('titel' in tabel.mapping)) {
    kolomProblemen.push({
      rij: tabel.kopRij,
      kolom: null,
      veld: 'titel',
      code: 'titel-ontbreekt',
      melding: `Geen kolom voor de titel gevonden in de kopregel (rij ${tabel.kopRij}); wijs er een aan, bijvoorbeeld {"titel": "Omschrijving opdracht"}`,
    });
  }
  return { rijen, mapping: tabel.mapping, kolomProblemen, waardeProblemen };
}

/** A parsed spreadsheet row as the engine takes it. */
export function naarAansluitRij({ rij, waarden: w }: GeparseerdeRij): AansluitRij {
  const heeftJaren = Object.keys(w.budgetPerJaar).length > 0;
  return {
    rij,
    kenmerk: w.kenmerk ?? w.kenmerkOpdrachtgever ?? w.kenmerkUitvoerder,
    titel: w.titel ?? '',
    omschrijving: w.omschrijving,
    opdrachtgever: w.opdrachtgever,
    uitvoeringsorganisatie: w.uitvoeringsorganisatie,
    beleidsterrein: w.beleidsterrein,
    soort: w.soort,
    status: w.status,
    startdatum: w.startdatum,
    einddatum: w.einddatum,
    budgetPerJaar: heeftJaren ? w.budgetPerJaar : w.budget !== null && w.jaar !== null ? { [w.jaar]: w.budget } : null,
    budgetTotaal: heeftJaren ? null : w.budget,
    fte: w.fte,
    ftePerJaar: Object.keys(w.ftePerJaar).length ? w.ftePerJaar : null,
    jaar: w.jaar,
  };
}
