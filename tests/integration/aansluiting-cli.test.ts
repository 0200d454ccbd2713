import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../server/cli/commands.js';
import { runCli } from '../../server/cli/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'driehoek-reconcile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `driehoek reconcile …` in-process, without a database or server. */
async function reconcile(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(['reconcile', ...args], io, { DATA_DIR: join(dir, 'geen-database'), LOG_LEVEL: 'silent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes an xlsx whose first sheet holds `rows` below an empty first row (the header is then row 2). */
async function xlsx(naam: string, rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Opdrachten');
  ws.addRow([]);
  for (const row of rows) ws.addRow(row);
  wb.addWorksheet('Toelichting').addRow(['Dit blad wordt niet gelezen']);
  const pad = join(dir, naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

function bestand(naam: string, inhoud: string): string {
  const pad = join(dir, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

describe('driehoek reconcile', () => {
  it('reconciles an xlsx of the ministry with a CSV of the agency and writes the result in euros', async () => {
    const links = await xlsx('ministerie.xlsx', [
      ['Kenmerk', 'Titel', 'Uitvoeringsorganisatie', 'Budget 2026', 'Budget 2027', 'Status'],
      ['OPD-2026-001', 'Implementatie Wet arbeidsmarkt in balans', 'UWV', 600_000, 600_000, 'afgesproken'],
      ['OPD-2026-002', 'Indexatie WW 2026', 'UWV', 50_000, null, 'afgerond'],
      ['OPD-2026-003', 'Indexatie WW 2027', 'UWV', null, 52_000, 'concept'],
      ['OPD-2026-004', 'Beheer polisadministratie', 'UWV', 2_000_000, 2_000_000, 'in uitvoering'],
    ]);
    const rechts = bestand('uwv.csv', [
      'Zaaknummer;Omschrijving opdracht;Organisatie;Bedrag;Status',
      'UWV-77;[UWV-77] Impl. Wet arbeidsmarkt in balans;Uitvoeringsinstituut Werknemersverzekeringen;€ 1.150.000,00;afgesproken',
      'UWV-78;Indexatie WW 2027;UWV;52.000;in uitvoering',
      'UWV-79;Vernieuwing Werkmap fase 1;UWV;"1,2 mln";concept',
    ].join('\n'));
    const kolommen = bestand('kolommen-rechts.json', JSON.stringify({ titel: 'Omschrijving opdracht', budget: 'Bedrag', uitvoeringsorganisatie: 'Organisatie', kenmerk: null }));
    const uit = join(dir, 'resultaat.json');

    const r = await reconcile('--links', links, '--rechts', rechts, '--kolommen-rechts', kolommen, '--uit', uit);

    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Gekoppeld: 2; alleen links: 2; alleen rechts: 1; volledigheid 0,571.');
    const resultaat = JSON.parse(readFileSync(uit, 'utf8'));
    expect(resultaat).toEqual({
      gekoppeld: [
        {
          links: 3, rechts: 2, score: expect.any(Number), reden: expect.stringContaining('titel lijkt sterk'),
          verschillen: [{ veld: 'budget', links: 1_200_000, rechts: 1_150_000 }],
        },
        {
          links: 5, rechts: 3, score: expect.any(Number), reden: expect.stringContaining('titel komt overeen'),
          verschillen: [{ veld: 'status', links: 'concept', rechts: 'in-uitvoering' }],
        },
      ],
      alleenLinks: [4, 6],
      alleenRechts: [4],
      volledigheid: 0.571,
    });
  });

  it('writes the result to standard output with --uit - and the summary to standard error', async () => {
    const links = bestand('a.csv', 'Titel,Uitvoerder\nBeheer Mijn SVB,SVB\n');
    const rechts = bestand('b.csv', 'Naam opdracht,Uitvoerder\nBeheer Mijn SVB,Sociale Verzekeringsbank\n');
    const r = await reconcile('--links', links, '--rechts', rechts, '--uit', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ gekoppeld: [{ links: 2, rechts: 2 }], volledigheid: 1 });
    expect(r.err).toContain('Gekoppeld: 1');
  });

  it('warns about values it cannot read and compares the row without them', async () => {
    const links = bestand('c.csv', 'Titel;Budget\nBeheer werk.nl;twaalf euro\n');
    const rechts = bestand('d.csv', 'Titel;Budget\nBeheer werk.nl;12\n');
    const r = await reconcile('--links', links, '--rechts', rechts, '--uit', '-');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Let op: 1 waarde\(n\) in .*c\.csv niet gelezen/);
    expect(r.err).toContain("Rij 2, kolom 'Budget' (B)");
    expect(JSON.parse(r.out).gekoppeld).toHaveLength(1);
  });

  it('prints its usage with --help', async () => {
    const r = await reconcile('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Gebruik: driehoek reconcile --links A.xlsx --rechts B.xlsx --uit resultaat.json');
  });

  it.each([
    [['--rechts', 'b.xlsx', '--uit', 'r.json'], 'Ontbrekende optie: --links.'],
    [['--links', 'a.xlsx'], 'Ontbrekende opties: --rechts, --uit.'],
    [['--links', 'a.xlsx', '--rechts', 'b.xlsx', '--uit', 'r.json', '--drempel', '1'], 'Onbekende optie --drempel.'],
    [['--links'], 'Optie --links heeft een waarde nodig.'],
  ])('exits 2 on bad arguments %j', async (args, melding) => {
    const r = await reconcile(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(melding);
    expect(r.err).toContain("Zie 'driehoek reconcile --help'.");
  });

  it('exits 1 with a clear message when a file does not exist', async () => {
    const r = await reconcile('--links', join(dir, 'bestaat-niet.xlsx'), '--rechts', join(dir, 'b.csv'), '--uit', join(dir, 'r.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Fout: kan .*bestaat-niet\.xlsx \(--links\) niet lezen: het bestand of de map bestaat niet\.$/);
  });

  it('exits 1 when a file is not a spreadsheet', async () => {
    const kapot = bestand('kapot.xlsx', 'PK\u0003\u0004 dit is geen echte zip');
    const goed = bestand('goed.csv', 'Titel\nBeheer\n');
    const r = await reconcile('--links', goed, '--rechts', kapot, '--uit', join(dir, 'r.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Fout: .*kapot\.xlsx \(--rechts\) is geen leesbare lijst: /);
  });

  it('exits 1 when no column holds the title, or the mapping names a column that is not there', async () => {
    const zonderTitel = bestand('zonder-titel.csv', 'Kenmerk;Bedrag\nA-1;100\n');
    const goed = bestand('goed2.csv', 'Titel\nBeheer\n');
    const r = await reconcile('--links', zonderTitel, '--rechts', goed, '--uit', join(dir, 'r.json'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Geen kolom voor de titel gevonden in de kopregel (rij 1)');

    const kolommen = bestand('fout.json', JSON.stringify({ titel: 'Onderwerp' }));
    const r2 = await reconcile('--links', goed, '--rechts', goed, '--kolommen-links', kolommen, '--uit', join(dir, 'r.json'));
    expect(r2.code).toBe(1);
    expect(r2.err).toContain("De kolom 'Onderwerp' (voor titel) staat niet in de kopregel (rij 1)");
  });

  it('exits 1 when the column mapping is not a JSON object of headers', async () => {
    const goed = bestand('goed3.csv', 'Titel\nBeheer\n');
    const geenJson = bestand('geen.json', '{titel: Onderwerp}');
    const lijst = bestand('lijst.json', '["Titel"]');
    const r = await reconcile('--links', goed, '--rechts', goed, '--kolommen-rechts', geenJson, '--uit', join(dir, 'r.json'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('(--kolommen-rechts) is geen geldige JSON.');
    const r2 = await reconcile('--links', goed, '--rechts', goed, '--kolommen-links', lijst, '--uit', join(dir, 'r.json'));
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('moet een object zijn van veld naar kolomkop');
  });
});
