import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBedrag } from './bedrag.js';
import { parseDatum } from './datum.js';
import { readTable } from './table.js';

const nl = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

describe('properties', () => {
  it('reads back every amount as Dutch and English software write it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (centen) => {
        const dutch = parseBedrag(nl.format(centen / 100));
        const english = parseBedrag(en.format(centen / 100));
        expect(dutch).toEqual({ ok: true, waarde: centen });
        expect(english).toEqual({ ok: true, waarde: centen });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every date written as d-m-yyyy, dd-mm-yy and "d maand yyyy"', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2069-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const [j, m, dag] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        expect(parseDatum(`${dag}-${m}-${j}`)).toEqual({ ok: true, waarde: iso });
        expect(parseDatum(`${String(dag).padStart(2, '0')}-${String(m).padStart(2, '0')}-${String(j).slice(2)}`)).toEqual({ ok: true, waarde: iso });
        expect(parseDatum(`${dag} ${MAANDEN[m - 1]} ${j}`)).toEqual({ ok: true, waarde: iso });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readTable from a path', () => {
  it('reads a file by its path; the extension tells the format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spreadsheets-'));
    try {
      const pad = join(dir, 'lijst.csv');
      writeFileSync(pad, 'Kenmerk;Titel\nA;Een\n');
      const tabel = await readTable(pad);
      expect(tabel.rows.map((r) => r.values)).toEqual([{ kenmerk: 'A', titel: 'Een' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
