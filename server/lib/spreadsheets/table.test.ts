import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BestandFout } from './bestandfout.js';
import { parseRow } from './rij.js';
import { readTable } from './table.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Opdrachten');
  for (const row of rows) ws.addRow(row);
  wb.addWorksheet('Toelichting').addRow(['Dit werkblad wordt niet gelezen']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readTable: CSV', () => {
  it('reads a semicolon file with Dutch amounts, a BOM and quoted fields', async () => {
    const tabel = await readTable(utf8('\uFEFFKenmerk;Titel;Bedrag\nA-1;"Indexatie; fase 1";€ 1.234,56\nA-2;Toeslagen;1,2 mln\n'), { filename: 'lijst.csv' });
    expect(tabel.soort).toBe('csv');
    expect(tabel.headers).toEqual(['Kenmerk', 'Titel', 'Bedrag']);
    expect(tabel.mapping).toEqual({ kenmerk: 'Kenmerk', titel: 'Titel', budget: 'Bedrag' });
    expect(tabel.rows.map((r) => [r.rij, r.values])).toEqual([
      [2, { kenmerk: 'A-1', titel: 'Indexatie; fase 1', budget: '€ 1.234,56' }],
      [3, { kenmerk: 'A-2', titel: 'Toeslagen', budget: '1,2 mln' }],
    ]);
  });

  it('sniffs comma and tab delimiters', async () => {
    const komma = await readTable(utf8('id,title,amount\n1,"Indexatie, fase 1","1,234,567.89"\n'), { filename: 'x.csv' });
    expect(komma.rows[0]!.values).toEqual({ kenmerk: '1', titel: 'Indexatie, fase 1', budget: '1,234,567.89' });
    const tab = await readTable(utf8('Kenmerk\tTitel\nK1\tEen, twee; drie\n'), { filename: 'x.txt' });
    expect(tab.rows[0]!.values).toEqual({ kenmerk: 'K1', titel: 'Een, twee; drie' });
  });

  it('chooses the semicolon when amounts contain unquoted commas', async () => {
    const tabel = await readTable(utf8('Titel;Budget;Fte\nA;1.234,56;1,5\nB;12,00;2\nC;3;0,5\n'), { filename: 'x.csv' });
    expect(tabel.headers).toEqual(['Titel', 'Budget', 'Fte']);
  });

  it('names rows by line number: the header is the first non-empty line, quoted newlines count', async () => {
    const tabel = await readTable(utf8('\n\r\nTitel;Omschrijving\r\nA;"twee\r\nregels"\r\n\r\nB;x\r\n'), { filename: 'x.csv' });
    expect(tabel.kopRij).toBe(3);
    expect(tabel.rows.map((r) => r.rij)).toEqual([4, 7]);
    expect(tabel.rows[0]!.values.omschrijving).toBe('twee\nregels');
  });

  it('reads Windows-1252 files as Excel saves them', async () => {
    const bytes = new Uint8Array([...utf8('Titel;Bedrag\nCo'), 0xf6, ...utf8('rdinatie;'), 0x80, ...utf8(' 5\n')]);
    const tabel = await readTable(bytes, { filename: 'x.csv' });
    expect(tabel.rows[0]!.values).toEqual({ titel: 'Coördinatie', budget: '€ 5' });
  });

  it('refuses an empty file and an old .xls file', async () => {
    await expect(readTable(utf8('\n \n'), { filename: 'x.csv' })).rejects.toThrow(/leeg/);
    await expect(readTable(utf8('x'), { filename: 'x.xls' })).rejects.toBeInstanceOf(BestandFout);
  });
});

describe('readTable: xlsx', () => {
  it('reads the first worksheet, with dates, numbers, formulas and rich text', async () => {
    const bytes = await xlsx([
      [],
      ['Zaaknummer', 'Naam opdracht', 'Startdatum', 'Begroting 2026', 'Begroting 2027', 'FTE'],
      [12345, { richText: [{ text: 'Indexatie ' }, { text: '2027', font: { bold: true } }] }, new Date(Date.UTC(2027, 1, 3)), 1_000_000, { formula: 'D3*2', result: 2_000_000 }, 1.5],
      [],
      ['Z-2', 'Toeslagen', '3 februari 2027', '1,2 mln', null, '0,8'],
    ]);
    const tabel = await readTable(bytes, { filename: 'lijst.xlsx' });
    expect(tabel.soort).toBe('xlsx');
    expect(tabel.kopRij).toBe(2);
    expect(tabel.mapping).toEqual({ kenmerk: 'Zaaknummer', titel: 'Naam opdracht', startdatum: 'Startdatum', 'budget.2026': 'Begroting 2026', 'budget.2027': 'Begroting 2027', fte: 'FTE' });
    expect(tabel.rows.map((r) => r.rij)).toEqual([3, 5]);
    const [eerste, tweede] = tabel.rows.map((r) => parseRow(r, tabel));
    expect(eerste!.problemen).toEqual([]);
    expect(eerste!.waarden).toMatchObject({ kenmerk: '12345', titel: 'Indexatie 2027', startdatum: '2027-02-03', budgetPerJaar: { 2026: 100_000_000, 2027: 200_000_000 }, fte: 1.5 });
    expect(tweede!.waarden).toMatchObject({ kenmerk: 'Z-2', startdatum: '2027-02-03', budgetPerJaar: { 2026: 120_000_000 }, fte: 0.8 });
  });

  it('reads a date column of Excel serial numbers without a date format', async () => {
    const tabel = await readTable(await xlsx([['Titel', 'Einddatum'], ['A', 46421]]), { filename: 'x.xlsx' });
    expect(parseRow(tabel.rows[0]!, tabel).waarden.einddatum).toBe('2027-02-03');
  });

  it('recognises xlsx by its content when the name does not say', async () => {
    const tabel = await readTable(await xlsx([['Titel'], ['A']]));
    expect(tabel.soort).toBe('xlsx');
  });

  it('refuses a broken xlsx file with a Dutch message', async () => {
    await expect(readTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), { filename: 'x.xlsx' })).rejects.toThrow(/geen leesbaar Excel-bestand/);
  });
});

describe('parseRow', () => {
  it('reports every bad value with its row and column, and keeps the good ones', async () => {
    const tabel = await readTable(utf8('Titel;Bedrag;Startdatum;Einddatum;Soort;Fte\nA;12,3,4;31-02-2027;1-1-2027;Hobby;veel\nB;€ 5;1-3-2027;1-2-2027;Wet;1\n'), { filename: 'x.csv' });
    const [a, b] = tabel.rows.map((r) => parseRow(r, tabel));
    expect(a!.problemen.map((p) => p.melding)).toEqual([
      "Rij 2, kolom 'Bedrag' (B): '12,3,4': scheidingstekens kloppen niet",
      "Rij 2, kolom 'Startdatum' (C): '31-02-2027' is geen bestaande datum",
      "Rij 2, kolom 'Soort' (E): 'Hobby' is geen bekende soort; kies uit staande taak, wijziging, wetgeving, project of overig",
      "Rij 2, kolom 'Fte' (F): 'veel' is geen aantal fte",
    ]);
    expect(a!.problemen[0]).toMatchObject({ rij: 2, kolom: 'Bedrag', veld: 'budget', code: 'ongeldige-waarde' });
    expect(a!.waarden).toMatchObject({ titel: 'A', budget: null, einddatum: '2027-01-01' });
    expect(b!.problemen).toEqual([expect.objectContaining({ rij: 3, veld: 'einddatum', code: 'eind-voor-start' })]);
    expect(b!.waarden).toMatchObject({ budget: 500, soort: 'wetgeving', fte: 1 });
  });

  it('applies the unit of the header to the amounts', async () => {
    const tabel = await readTable(utf8('Titel;Bedrag (x €1.000)\nA;1.250\n'), { filename: 'x.csv' });
    expect(parseRow(tabel.rows[0]!, tabel).waarden.budget).toBe(125_000_000);
  });
});
