/**
 * Opdrachten lists as agencies keep them, for the import benchmark: Dutch headers, amounts in
 * Dutch notation, dates as date cells (xlsx) or Dutch text (CSV). Deterministic.
 */
import ExcelJS from 'exceljs';
import { Prng } from './prng.js';

export const KOPPEN = ['Kenmerk', 'Naam opdracht', 'Omschrijving', 'Opdrachtgever', 'Beleidsterrein', 'Soort', 'Startdatum', 'Einddatum', 'Begroting 2026', 'Begroting 2027', 'FTE 2026', 'Status'];
const SOORTEN = ['Staande taak', 'Wijziging', 'Wetgeving', 'Project', 'Overig'];
const WOORDEN = ['Indexatie', 'Toeslagen', 'Herijking', 'Implementatie', 'Vereenvoudiging', 'Digitalisering', 'Handhaving', 'Uitvoering', 'Modernisering', 'Informatievoorziening'];

export interface ImportDataOpties {
  rijen: number;
  /** Names or abbreviations of organisations the opdrachtgever column takes turns with. */
  opdrachtgevers: string[];
  seed?: number;
  /** Every n-th row gets another budget for 2026: a list as it comes back a month later. */
  wijzigElke?: number;
}

function rijWaarden(prng: Prng, i: number, opties: ImportDataOpties) {
  const start = new Date(Date.UTC(2026, prng.int(0, 11), prng.int(1, 28)));
  const eind = new Date(Date.UTC(2027 + prng.int(0, 2), prng.int(0, 11), prng.int(1, 28)));
  return {
    kenmerk: `OPD-${String(i + 1).padStart(6, '0')}`,
    titel: `${prng.pick(WOORDEN)} ${prng.pick(WOORDEN).toLowerCase()} ${i + 1}`,
    omschrijving: `Opdracht ${i + 1} uit de gegenereerde lijst`,
    opdrachtgever: opties.opdrachtgevers[i % opties.opdrachtgevers.length]!,
    soort: prng.pick(SOORTEN),
    start,
    eind,
    budget2026: prng.int(10, 50_000) * 100 + (opties.wijzigElke && i % opties.wijzigElke === 0 ? 100 : 0),
    budget2027: prng.int(10, 50_000) * 100,
    fte: prng.int(0, 200) / 10,
  };
}

const nl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const datum = (d: Date) => `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;

export function genereerCsv(opties: ImportDataOpties): Uint8Array {
  const prng = new Prng(opties.seed ?? 4);
  const regels = [KOPPEN.join(';')];
  for (let i = 0; i < opties.rijen; i++) {
    const r = rijWaarden(prng, i, opties);
    regels.push([r.kenmerk, r.titel, r.omschrijving, r.opdrachtgever, '', r.soort, datum(r.start), datum(r.eind), `€ ${nl.format(r.budget2026)}`, nl.format(r.budget2027), String(r.fte).replace('.', ','), 'In uitvoering'].join(';'));
  }
  return new TextEncoder().encode(`${regels.join('\r\n')}\r\n`);
}

export async function genereerXlsx(opties: ImportDataOpties): Promise<Uint8Array> {
  const prng = new Prng(opties.seed ?? 4);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Opdrachten');
  ws.addRow(KOPPEN);
  for (let i = 0; i < opties.rijen; i++) {
    const r = rijWaarden(prng, i, opties);
    ws.addRow([r.kenmerk, r.titel, r.omschrijving, r.opdrachtgever, null, r.soort, r.start, r.eind, r.budget2026, r.budget2027, r.fte, 'In uitvoering']);
  }
  ws.getColumn(7).numFmt = 'd-m-yyyy';
  ws.getColumn(8).numFmt = 'd-m-yyyy';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
