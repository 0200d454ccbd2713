import ExcelJS from 'exceljs';
import type { TestApp } from '../setup/app.js';

/** A CSV file as Dutch Excel saves it: semicolons, CRLF. */
export function csvBestand(rows: (string | number)[][]): Buffer {
  return Buffer.from(rows.map((r) => r.map((c) => (/[;"\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(';')).join('\r\n'), 'utf8');
}

/** An xlsx file built in the test (no binary fixtures in the repository). */
export async function xlsxBestand(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Opdrachten');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** POST /opdracht-imports with a file as body and the settings as query. */
export function uploadImport(
  t: TestApp,
  headers: Record<string, string>,
  bestand: Buffer,
  query: Record<string, string | number>,
  contentType = 'text/csv',
) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return t.app.inject({ method: 'POST', url: `/api/v1/opdracht-imports?${qs}`, headers: { ...headers, 'content-type': contentType }, payload: bestand });
}

export function voerUit(t: TestApp, headers: Record<string, string>, importId: string, sleutel?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/opdracht-imports/${importId}/uitvoeringen`,
    headers: { ...headers, ...(sleutel ? { 'idempotency-key': sleutel } : {}) },
  });
}
