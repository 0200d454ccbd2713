import { describe, expect, it } from 'vitest';
import { sluitAan } from './index.js';
import { normaliseerTitel } from './normaliseer.js';
import { paren, rij } from './test-rijen.js';

describe('aansluiting: titels zoals lijsten ze schrijven', () => {
  it('pairs an abbreviated title with the full title', () => {
    const r = sluitAan(
      [rij(2, 'Implementatie Wet verbetering poortwachter'), rij(3, 'Beheer klantportaal')],
      [rij(5, 'Impl. Wet verb. poortwachter'), rij(6, 'Vernieuwing betaalsysteem')],
    );
    expect(paren(r)).toEqual(['2→5']);
    expect(r.gekoppeld[0]!.reden).toMatch(/titel lijkt/);
  });

  it('pairs an acronym with the word it stands for when the rest of the row agrees', () => {
    const r = sluitAan(
      [rij(2, 'Indexatie kinderopvangtoeslag 2028', { uitvoeringsorganisatie: 'Toeslagen', budgetTotaal: 874_916_300 })],
      [rij(9, 'Indexatie KOT 2028', { uitvoeringsorganisatie: 'Toeslagen', budgetTotaal: 874_916_300 })],
    );
    expect(paren(r)).toEqual(['2→9']);
  });

  it('pairs a reworded title: synonyms and another word order', () => {
    const r = sluitAan(
      [rij(2, 'Implementatie Wet arbeidsmarkt in balans'), rij(3, 'Indexatie WW 2027')],
      [rij(7, 'Invoering Wet arbeidsmarkt in balans'), rij(8, 'WW: jaarlijkse indexering 2027')],
    );
    expect(paren(r).sort()).toEqual(['2→7', '3→8']);
  });

  it('pairs a misspelled title (a swap, a missing and a double letter)', () => {
    const r = sluitAan(
      [rij(2, 'Vernieuwing polisadministratie'), rij(3, 'Onderzoek telefonische bereikbaarheid'), rij(4, 'Beheer uitkeringssysteem')],
      [rij(7, 'Vernieuwnig polisadministratie'), rij(8, 'Onderzoek telefonsche bereikbaarheid'), rij(9, 'Beheer uitkeringssysteemm')],
    );
    expect(paren(r).sort()).toEqual(['2→7', '3→8', '4→9']);
  });

  it('ignores project codes before, in brackets and after the title', () => {
    const r = sluitAan(
      [rij(2, 'PRJ-2026-014: Migratie Werkmap'), rij(3, '[UWV-123] Toegankelijkheid werk.nl'), rij(4, 'Datakwaliteit polissen (OPD/2027/42)')],
      [rij(7, 'Migratie Werkmap'), rij(8, 'Toegankelijkheid werk.nl'), rij(9, 'Datakwaliteit polissen')],
    );
    expect(paren(r).sort()).toEqual(['2→7', '3→8', '4→9']);
  });

  it('pairs a title written in capitals with the same title in normal case', () => {
    const r = sluitAan([rij(2, 'Versterking informatiebeveiliging')], [rij(3, 'VERSTERKING INFORMATIEBEVEILIGING')]);
    expect(paren(r)).toEqual(['2→3']);
  });

  it('does not pair titles that only share a common word', () => {
    const r = sluitAan([rij(2, 'Verbetering fraudebestrijding')], [rij(3, 'Verbetering achterstanden')]);
    expect(r.gekoppeld).toEqual([]);
    expect(r.alleenLinks).toEqual([2]);
    expect(r.alleenRechts).toEqual([3]);
  });
});

describe('normaliseerTitel', () => {
  it('splits a title into words, numbers and project codes', () => {
    const t = normaliseerTitel('PRJ-2026-014: Impl. Wet X fase II (2027)');
    expect(t.codes).toEqual(['prj202614']);
    expect(t.getallen).toEqual(['2', '2027']);
    expect(t.woorden).toEqual(['impl.', 'wet', 'x', 'fase']);
  });

  it('reads a year range and a date as numbers, not as codes', () => {
    expect(normaliseerTitel('Herstel 2026-2027').getallen).toEqual(['2026', '2027']);
    expect(normaliseerTitel('Aanpassing per 1-7-2027').getallen).toEqual(['2027', '2027-07-01']);
  });
});
