import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { BestandFout } from './bestandfout.js';
import type { RuweRij } from './csv.js';
import type { Cell } from './types.js';

/** A cell value of ExcelJS as a plain value: rich text as text, a formula as its result. */
export function celWaarde(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; formula?: string; sharedFormula?: string; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return celWaarde(v.result);
    if (v.error !== undefined) return v.error;
    if (v.text !== undefined) return celWaarde(v.text);
  }
  return String(value);
}

/**
 * The rows of the first worksheet, read as a stream so a 100 000-row file does not build a
 * whole workbook in memory. Styles are read because they make a number a date.
 */
export async function leesXlsx(bron: Uint8Array | string): Promise<RuweRij[]> {
  const input = typeof bron === 'string' ? bron : Readable.from([Buffer.from(bron.buffer, bron.byteOffset, bron.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rijen: RuweRij[] = [];
  try {
    for await (const werkblad of reader) {
      for await (const row of werkblad) {
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(celWaarde(values[i]));
        rijen.push({ rij: row.number, cells });
      }
      break;
    }
  } catch (error) {
    if (error instanceof BestandFout) throw error;
    throw new BestandFout('Het bestand is geen leesbaar Excel-bestand (xlsx).');
  }
  return rijen;
}
