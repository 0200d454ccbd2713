import { describe, expect, it } from 'vitest';
import { parseFte, parseJaar, parseKenmerk, parseSoort, parseStatus, parseTekst } from './waarden.js';

function waarde<T>(r: { ok: true; waarde: T | null } | { ok: false; reden: string }) {
  if (!r.ok) throw new Error(r.reden);
  return r.waarde;
}

describe('values', () => {
  it.each([
    ['Staande taak', 'staande-taak'],
    ['staande-taak', 'staande-taak'],
    ['Reguliere taak', 'staande-taak'],
    ['Wijziging', 'wijziging'],
    ['Wetgeving', 'wetgeving'],
    ['WET', 'wetgeving'],
    ['Programma', 'project'],
    ['Overig', 'overig'],
  ])('reads the soort %s', (raw, expected) => {
    expect(waarde(parseSoort(raw))).toBe(expected);
  });

  it.each([
    ['Concept', 'concept'],
    ['Vastgesteld', 'afgesproken'],
    ['In uitvoering', 'in-uitvoering'],
    ['in-uitvoering', 'in-uitvoering'],
    ['Lopend', 'in-uitvoering'],
    ['Afgerond', 'afgerond'],
    ['Beëindigd', 'afgerond'],
    ['Vervallen', 'ingetrokken'],
  ])('reads the status %s', (raw, expected) => {
    expect(waarde(parseStatus(raw))).toBe(expected);
  });

  it('refuses an unknown soort or status and lists the choices', () => {
    const soort = parseSoort('Hobby');
    expect(!soort.ok && soort.reden).toMatch(/'Hobby' is geen bekende soort; kies uit staande taak/);
    const status = parseStatus('Misschien');
    expect(!status.ok && status.reden).toMatch(/geen bekende status/);
  });

  it('reads fte with a decimal comma, to one decimal', () => {
    expect(waarde(parseFte('1,5'))).toBe(1.5);
    expect(waarde(parseFte('0.8 fte'))).toBe(0.8);
    expect(waarde(parseFte(2.25))).toBe(2.3);
    expect(waarde(parseFte(''))).toBeNull();
    expect(parseFte('veel').ok).toBe(false);
    expect(parseFte('-1').ok).toBe(false);
  });

  it('reads a year from text, a number or a date', () => {
    expect(waarde(parseJaar('2027'))).toBe(2027);
    expect(waarde(parseJaar(2026))).toBe(2026);
    expect(waarde(parseJaar(new Date(Date.UTC(2028, 5, 1))))).toBe(2028);
    expect(parseJaar('27').ok).toBe(false);
    expect(parseJaar(1850).ok).toBe(false);
  });

  it('keeps identifiers as text: a number cell 12345 is "12345"', () => {
    expect(waarde(parseKenmerk(12345))).toBe('12345');
    expect(waarde(parseKenmerk(' OPD-001 '))).toBe('OPD-001');
    expect(parseKenmerk('x'.repeat(101)).ok).toBe(false);
  });

  it('trims text and collapses white space', () => {
    expect(waarde(parseTekst('  Indexatie\n 2027 '))).toBe('Indexatie 2027');
    expect(waarde(parseTekst('   '))).toBeNull();
  });
});
