import type { Page } from '../../common/api/common.js';
import { api, queryString } from '../lib/api.js';
import { apiQuery, type ListParams } from '../lib/listParams.js';

export interface ExportColumn<T> {
  label: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** Hard cap on exported rows, so one click cannot walk an unbounded list. */
export const MAX_EXPORT_ROWS = 20_000;
const EXPORT_PAGE_SIZE = 200;

/** All rows of the current view (same search, filters and sort), page by page. */
export async function fetchView<T>(path: string, params: ListParams): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; rows.length < MAX_EXPORT_ROWS; page++) {
    const result = await api<Page<T>>(`${path}${queryString(apiQuery(params, { page, pageSize: EXPORT_PAGE_SIZE }))}`);
    rows.push(...result.items);
    if (!result._links.next || result.items.length === 0) break;
  }
  return rows.slice(0, MAX_EXPORT_ROWS);
}

function cellValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/**
 * RFC 4180 CSV: comma-separated, fields with a comma, quote or line break quoted, CRLF line ends,
 * with a UTF-8 byte order mark so spreadsheet programs read the diacritics right. Cells that
 * start with = + - @ get a leading apostrophe so a spreadsheet never runs them as a formula.
 */
export function toCsv<T>(rows: T[], columns: ExportColumn<T>[]): string {
  const escape = (raw: string, isNumber = false) => {
    const text = !isNumber && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => escape(c.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => {
      const value = c.value(row);
      return escape(cellValue(value), typeof value === 'number');
    }).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An Excel workbook with one sheet: a bold, frozen header row and one row per item. */
export async function toXlsx<T>(rows: T[], columns: ExportColumn<T>[], sheetName: string): Promise<Blob> {
  // ExcelJS is large; it loads only when someone exports.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Driehoek';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.label, width: Math.max(12, c.label.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const v = c.value(row);
      return v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : v;
    }));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "organisaties-2026-11-29" — the view's name and today's date. */
export function exportFilename(base: string, extension: 'csv' | 'xlsx') {
  const today = new Date().toISOString().slice(0, 10);
  return `${base}-${today}.${extension}`;
}
