import { describe, expect, it } from 'vitest';
import { parseDatum } from './datum.js';

function iso(raw: Parameters<typeof parseDatum>[0], rond?: 'begin' | 'eind') {
  const r = parseDatum(raw, rond ? { rond } : {});
  if (!r.ok) throw new Error(r.reden);
  return r.waarde;
}

describe('parseDatum', () => {
  it.each([
    ['3 februari 2027', '2027-02-03'],
    ['3 Februari 2027', '2027-02-03'],
    ['3 feb 2027', '2027-02-03'],
    ['3 feb. 2027', '2027-02-03'],
    ['3-feb-2027', '2027-02-03'],
    ['woensdag 3 februari 2027', '2027-02-03'],
    ['1 mrt 2027', '2027-03-01'],
    ['17 mei 2027', '2027-05-17'],
    ['31 okt 2027', '2027-10-31'],
    ['03-02-2027', '2027-02-03'],
    ['3-2-2027', '2027-02-03'],
    ['3-2-27', '2027-02-03'],
    ['3/2/2027', '2027-02-03'],
    ['03.02.2027', '2027-02-03'],
    ['2027-02-03', '2027-02-03'],
    ['2027-02-03T00:00:00', '2027-02-03'],
    ['2027/02/03', '2027-02-03'],
    ['20270203', '2027-02-03'],
    ['February 3, 2027', '2027-02-03'],
    ['3 March 2027', '2027-03-03'],
    ['1-1-99', '1999-01-01'],
  ])('reads the text %s', (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it('reads date cells by their calendar day', () => {
    expect(iso(new Date(Date.UTC(2027, 1, 3)))).toBe('2027-02-03');
  });

  it('reads Excel serial numbers (1900 date system), as numbers and as text', () => {
    expect(iso(46421)).toBe('2027-02-03');
    expect(iso(46421.75)).toBe('2027-02-03');
    expect(iso('46421')).toBe('2027-02-03');
    expect(iso(45658)).toBe('2025-01-01');
  });

  it('rounds a month, quarter or year to its first or last day', () => {
    expect(iso('feb 2027')).toBe('2027-02-01');
    expect(iso('feb 2027', 'eind')).toBe('2027-02-28');
    expect(iso('februari 2028', 'eind')).toBe('2028-02-29');
    expect(iso('02-2027', 'eind')).toBe('2027-02-28');
    expect(iso('2027-02', 'begin')).toBe('2027-02-01');
    expect(iso('Q2 2027')).toBe('2027-04-01');
    expect(iso('K2 2027', 'eind')).toBe('2027-06-30');
    expect(iso('2027 Q4', 'eind')).toBe('2027-12-31');
    expect(iso('2027')).toBe('2027-01-01');
    expect(iso(2027, 'eind')).toBe('2027-12-31');
  });

  it('treats an empty cell as no date', () => {
    expect(iso(null)).toBeNull();
    expect(iso('  ')).toBeNull();
  });

  it.each(['31-02-2027', '2027-13-01', 'morgen', '3 brumaire 2027', '12', '1,5', true])('refuses %s', (raw) => {
    const r = parseDatum(raw as string);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reden).toMatch(/datum/);
  });
});
