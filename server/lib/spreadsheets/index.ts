/**
 * Reading opdrachten from spreadsheets (xlsx, CSV) as ministries and agencies keep them: used by
 * the import and by the aansluiting (reconciliation). Pure: no HTTP, no database.
 */
export { BestandFout } from './bestandfout.js';
export { parseBedrag, type BedragOpties } from './bedrag.js';
export { parseDatum, type DatumOpties } from './datum.js';
export { herkenKop, leesSleutel, wijsKolommenToe } from './kolommen.js';
export { kolomLetter, normaliseer } from './normaliseer.js';
export { celProbleem, parseRow, type GeparseerdeRij, type OpdrachtWaarden } from './rij.js';
export { readTable, type ReadTableOptions } from './table.js';
export type { Cell, Kolom, Kolommapping, Parsed, Probleem, Tabel, TabelRij, Veld } from './types.js';
export { VELDEN } from './types.js';
export {
  parseFte,
  parseJaar,
  parseKenmerk,
  parseSoort,
  parseStatus,
  parseTekst,
} from './waarden.js';
