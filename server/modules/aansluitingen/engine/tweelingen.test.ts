import { describe, expect, it } from 'vitest';
import { sluitAan } from './index.js';
import { paren, rij } from './test-rijen.js';

describe('aansluiting: bijna-tweelingen worden niet gekoppeld', () => {
  it('never pairs "Indexatie 2026" with "Indexatie 2027", even when only one of them is on each side', () => {
    const r = sluitAan(
      [rij(2, 'Indexatie kinderbijslag 2026', { uitvoeringsorganisatie: 'SVB', budgetTotaal: 5_000_000 })],
      [rij(3, 'Indexatie kinderbijslag 2027', { uitvoeringsorganisatie: 'SVB', budgetTotaal: 5_000_000 })],
    );
    expect(r.gekoppeld).toEqual([]);
  });

  it('pairs each year with its own year when several are listed', () => {
    const r = sluitAan(
      [rij(2, 'Indexatie AOW 2025'), rij(3, 'Indexatie AOW 2026'), rij(4, 'Indexatie AOW 2027')],
      [rij(7, 'Indexatie AOW 2027'), rij(8, 'Indexatie AOW 2025'), rij(9, 'Indexatie AOW 2026')],
    );
    expect(paren(r)).toEqual(['2→8', '3→9', '4→7']);
  });

  it('never pairs fase 1 with fase 2, nor "per 1-1-2027" with "per 1-7-2027"', () => {
    const r = sluitAan(
      [rij(2, 'Vernieuwing Werkmap fase 1'), rij(3, 'Wijziging WIA per 1-1-2027')],
      [rij(7, 'Vernieuwing Werkmap fase II'), rij(8, 'Wijziging WIA per 1-7-2027')],
    );
    expect(r.gekoppeld).toEqual([]);
  });

  it('never pairs the same regeling for two different agencies', () => {
    const r = sluitAan(
      [rij(2, 'Implementatie Wet vereenvoudiging beslagvrije voet', { uitvoeringsorganisatie: 'UWV', budgetTotaal: 80_000_000 })],
      [rij(3, 'Implementatie Wet vereenvoudiging beslagvrije voet', { uitvoeringsorganisatie: 'Sociale Verzekeringsbank', budgetTotaal: 80_000_000 })],
    );
    expect(r.gekoppeld).toEqual([]);
  });

  it('pairs an agency written out with its abbreviation', () => {
    const r = sluitAan(
      [rij(2, 'Implementatie Wet inburgering 2021', { uitvoeringsorganisatie: 'DUO' }), rij(3, 'Beheer BRON', { uitvoeringsorganisatie: 'DUO' })],
      [rij(7, 'Implementatie Wet inburgering 2021', { uitvoeringsorganisatie: 'Dienst Uitvoering Onderwijs' }), rij(8, 'Beheer BRON', { uitvoeringsorganisatie: 'Dienst Uitvoering Onderwijs (DUO)' })],
    );
    expect(paren(r)).toEqual(['2→7', '3→8']);
  });

  it('uses the looptijd when one side left the year out of the title', () => {
    const r = sluitAan(
      [rij(2, 'Indexatie btw 2027'), rij(3, 'Indexatie btw 2028')],
      [rij(7, 'Indexatie btw', { startdatum: '2028-01-01', einddatum: '2028-12-31' })],
    );
    expect(paren(r)).toEqual(['3→7']);
  });

  it('does not pair rows whose looptijden lie years apart', () => {
    const r = sluitAan(
      [rij(2, 'Programma procesautomatisering', { startdatum: '2024-01-01', einddatum: '2025-12-31' })],
      [rij(7, 'Programma procesautomatisering', { startdatum: '2029-01-01', einddatum: '2030-12-31' })],
    );
    expect(r.gekoppeld).toEqual([]);
  });
});
