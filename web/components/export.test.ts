import { describe, expect, it } from 'vitest';
import { toCsv } from './export.js';

describe('CSV export', () => {
  const columns = [
    { label: 'Naam', value: (r: { naam: string; n: number | null }) => r.naam },
    { label: 'Aantal', value: (r: { naam: string; n: number | null }) => r.n },
  ];

  it('writes a header row and quotes fields holding a comma, quote or line break', () => {
    const csv = toCsv([{ naam: 'DG Werk, SZW', n: 3 }, { naam: 'De "directie"', n: null }], columns);
    expect(csv).toBe('\uFEFFNaam,Aantal\r\n"DG Werk, SZW",3\r\n"De ""directie""",\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([{ naam: '=HYPERLINK("x")', n: 1 }], columns);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
