import { describe, expect, it } from 'vitest';
import { formatPeriode, isBegonnen, laatsteAfgerondePeriode, parsePeriode, periodeGrenzen, periodeVanDatum, vorigePeriode } from './perioden.js';

describe('perioden', () => {
  it('reads and writes the three notations, and refuses anything else', () => {
    expect(parsePeriode('2026-11')).toEqual({ jaar: 2026, frequentie: 'maand', nummer: 11 });
    expect(parsePeriode('2026-K4')).toEqual({ jaar: 2026, frequentie: 'kwartaal', nummer: 4 });
    expect(parsePeriode('2026-H2')).toEqual({ jaar: 2026, frequentie: 'halfjaar', nummer: 2 });
    for (const tekst of ['2026-13', '2026-00', '2026-K5', '2026-H3', '2026-k4', '26-K1', '2026-1', '2026-Q4']) expect(parsePeriode(tekst), tekst).toBeNull();
    for (const tekst of ['2026-01', '2026-12', '2026-K1', '2026-H1']) expect(formatPeriode(parsePeriode(tekst)!)).toBe(tekst);
  });

  it('finds the period that contains a date', () => {
    expect(formatPeriode(periodeVanDatum('2026-01-01', 'maand'))).toBe('2026-01');
    expect(formatPeriode(periodeVanDatum('2026-03-31', 'kwartaal'))).toBe('2026-K1');
    expect(formatPeriode(periodeVanDatum('2026-04-01', 'kwartaal'))).toBe('2026-K2');
    expect(formatPeriode(periodeVanDatum('2026-06-30', 'halfjaar'))).toBe('2026-H1');
    expect(formatPeriode(periodeVanDatum('2026-07-01', 'halfjaar'))).toBe('2026-H2');
    expect(formatPeriode(periodeVanDatum('2026-12-31', 'kwartaal'))).toBe('2026-K4');
  });

  it('steps back across the turn of the year', () => {
    expect(formatPeriode(vorigePeriode(parsePeriode('2027-01')!))).toBe('2026-12');
    expect(formatPeriode(vorigePeriode(parsePeriode('2027-K1')!))).toBe('2026-K4');
    expect(formatPeriode(vorigePeriode(parsePeriode('2027-H1')!))).toBe('2026-H2');
    expect(formatPeriode(vorigePeriode(parsePeriode('2026-K3')!))).toBe('2026-K2');
  });

  it('gives the first and last day, leap years included', () => {
    expect(periodeGrenzen(parsePeriode('2028-02')!)).toEqual({ start: '2028-02-01', eind: '2028-02-29' });
    expect(periodeGrenzen(parsePeriode('2026-02')!)).toEqual({ start: '2026-02-01', eind: '2026-02-28' });
    expect(periodeGrenzen(parsePeriode('2026-K3')!)).toEqual({ start: '2026-07-01', eind: '2026-09-30' });
    expect(periodeGrenzen(parsePeriode('2026-K4')!)).toEqual({ start: '2026-10-01', eind: '2026-12-31' });
    expect(periodeGrenzen(parsePeriode('2026-H1')!)).toEqual({ start: '2026-01-01', eind: '2026-06-30' });
  });

  it('names the last completed period: due on the first day of the next one', () => {
    expect(formatPeriode(laatsteAfgerondePeriode('2026-11-29', 'maand'))).toBe('2026-10');
    expect(formatPeriode(laatsteAfgerondePeriode('2026-11-29', 'kwartaal'))).toBe('2026-K3');
    expect(formatPeriode(laatsteAfgerondePeriode('2026-11-29', 'halfjaar'))).toBe('2026-H1');
    expect(formatPeriode(laatsteAfgerondePeriode('2026-10-01', 'kwartaal'))).toBe('2026-K3');
    expect(formatPeriode(laatsteAfgerondePeriode('2026-09-30', 'kwartaal'))).toBe('2026-K2');
    expect(formatPeriode(laatsteAfgerondePeriode('2027-01-01', 'maand'))).toBe('2026-12');
    expect(formatPeriode(laatsteAfgerondePeriode('2027-01-15', 'halfjaar'))).toBe('2026-H2');
  });

  it('knows whether a period has begun', () => {
    expect(isBegonnen(parsePeriode('2026-K4')!, '2026-11-29')).toBe(true);
    expect(isBegonnen(parsePeriode('2026-12')!, '2026-11-29')).toBe(false);
    expect(isBegonnen(parsePeriode('2026-12')!, '2026-12-01')).toBe(true);
  });
});
