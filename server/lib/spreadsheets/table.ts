import { readFile } from 'node:fs/promises';
import { BestandFout } from './bestandfout.js';
import { leesCsv, type RuweRij } from './csv.js';
import { wijsKolommenToe } from './kolommen.js';
import type { Cell, Kolommapping, Tabel, TabelRij } from './types.js';
import { leesXlsx } from './xlsx.js';

export interface ReadTableOptions {
  /** The file name; its extension says xlsx or CSV (the content decides when it is missing). */
  filename?: string;
  /** Explicit mapping (field → header); overrides what is recognised. */
  mapping?: Kolommapping;
}

const XLSX_EXT = /\.(xlsx|xlsm)$/i;
const CSV_EXT = /\.(csv|txt|tsv)$/i;

function isLeeg(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function soortVan(bytes: Uint8Array, filename: string | undefined): 'xlsx' | 'csv' {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (filename && XLSX_EXT.test(filename)) return 'xlsx';
  if (filename && CSV_EXT.test(filename)) return isZip ? 'xlsx' : 'csv';
  if (filename && /\.xls$/i.test(filename) && !isZip) {
    throw new BestandFout('Oude Excel-bestanden (.xls) worden niet gelezen; sla het bestand op als .xlsx of .csv.');
  }
  return isZip ? 'xlsx' : 'csv';
}

/**
 * Reads the first worksheet of an xlsx file, or a CSV file, into rows named by their spreadsheet
 * row (or line) number. The header is the first non-empty row; its columns are recognised as
 * fields (see kolommen.ts) unless the mapping says otherwise. Values stay raw: parse them with
 * parseRow or the parse* functions. Throws BestandFout when the file cannot be read at all.
 */
export async function readTable(bron: Uint8Array | string, options: ReadTableOptions = {}): Promise<Tabel> {
  const filename = options.filename ?? (typeof bron === 'string' ? bron : undefined);
  const bytes = typeof bron === 'string' ? await readFile(bron) : bron;
  const soort = soortVan(bytes, filename);
  const ruw = soort === 'xlsx' ? await leesXlsx(bytes) : leesCsv(bytes);
  return bouwTabel(soort, ruw, options.mapping);
}

function bouwTabel(soort: 'xlsx' | 'csv', ruw: RuweRij[], mapping: Kolommapping | undefined): Tabel {
  const kopIndex = ruw.findIndex((r) => r.cells.some((c) => !isLeeg(c)));
  if (kopIndex < 0) throw new BestandFout('Het bestand is leeg: er is geen kopregel gevonden.');
  const kop = ruw[kopIndex]!;
  let laatste = kop.cells.length - 1;
  while (laatste >= 0 && isLeeg(kop.cells[laatste]!)) laatste--;
  const headers = kop.cells.slice(0, laatste + 1).map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim()));
  const { kolommen, mapping: inGebruik, onbekend, problemen } = wijsKolommenToe(headers, kop.rij, mapping);
  const gebruikt = kolommen.filter((k) => k.sleutel !== null);

  const rows: TabelRij[] = [];
  for (let i = kopIndex + 1; i < ruw.length; i++) {
    const { rij, cells } = ruw[i]!;
    if (!cells.some((c) => !isLeeg(c))) continue;
    const values: Record<string, Cell> = {};
    for (const kolom of gebruikt) {
      const cell = cells[kolom.index];
      values[kolom.sleutel!] = cell === undefined || isLeeg(cell) ? null : cell;
    }
    rows.push({ rij, values, cells });
  }
  return { soort, kopRij: kop.rij, headers, kolommen, mapping: inGebruik, onbekend, problemen, rows };
}
