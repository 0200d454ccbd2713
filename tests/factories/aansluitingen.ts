import ExcelJS from 'exceljs';
import type { TestApp } from '../setup/app.js';

let sleutels = 0;

/** A CSV list (semicolons, as Dutch Excel writes it), base64-encoded as the API takes files. */
export function csvInhoud(regels: string[]): string {
  return Buffer.from(`${regels.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

/** An xlsx list with `rows` on its first sheet, base64-encoded. */
export async function xlsxInhoud(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** POST /aansluitingen with a fresh Idempotency-Key (unless given). */
export function postAansluiting(t: TestApp, headers: Record<string, string>, body: object, sleutel = `aansluiting-${++sleutels}`) {
  return t.app.inject({ method: 'POST', url: '/api/v1/aansluitingen', headers: { ...headers, 'idempotency-key': sleutel }, payload: body });
}
