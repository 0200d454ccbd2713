import { describe, expect, it } from 'vitest';
import { rijSleutel, sluitAan } from './index.js';
import { paren, rij } from './test-rijen.js';

const links = [rij(2, 'Beheer klantportaal'), rij(3, 'Migratie Werkmap'), rij(4, 'Onderzoek wachttijden')];
const rechts = [rij(5, 'Beheer klantportaal'), rij(6, 'Migratie Werkmap'), rij(7, 'Verkorting wachttijden bezwaar')];

describe('aansluiting: beslissingen van beoordelaars', () => {
  it('never proposes a rejected pair again', () => {
    const r = sluitAan(links, rechts, { beslissingen: [{ soort: 'afgewezen', links: 2, rechts: 5 }] });
    expect(paren(r)).toEqual(['3→6']);
    expect(r.alleenLinks).toEqual([2, 4]);
  });

  it('keeps a manual link that the engine would not make, and says it was manual', () => {
    const r = sluitAan(links, rechts, { beslissingen: [{ soort: 'handmatig', links: 4, rechts: 7 }] });
    expect(paren(r)).toEqual(['2→5', '3→6', '4→7']);
    expect(r.gekoppeld[2]).toMatchObject({ herkomst: 'handmatig', score: 1, reden: expect.stringMatching(/^handmatig gekoppeld/) });
  });

  it('keeps a confirmed pair fixed, so its rows are not offered to others', () => {
    const r = sluitAan(links, rechts, { beslissingen: [{ soort: 'bevestigd', links: 2, rechts: 6 }] });
    expect(paren(r)).toEqual(['2→6']);
    expect(r.gekoppeld[0]!.herkomst).toBe('bevestigd');
    expect(r.alleenLinks).toEqual([3, 4]);
  });

  it('finds decisions by row key in an updated list whose rows moved and whose amounts changed', () => {
    const beslissingen = [
      { soort: 'handmatig' as const, links: rijSleutel(links[2]!), rechts: rijSleutel(rechts[2]!) },
      { soort: 'afgewezen' as const, links: rijSleutel(links[0]!), rechts: rijSleutel(rechts[0]!) },
    ];
    const nieuwLinks = [rij(10, 'Onderzoek wachttijden', { budgetTotaal: 5_000_000 }), rij(11, 'Beheer klantportaal'), rij(12, 'Migratie Werkmap')];
    const nieuwRechts = [rij(20, 'Migratie Werkmap'), rij(21, 'Verkorting wachttijden bezwaar'), rij(22, 'Beheer klantportaal')];
    const r = sluitAan(nieuwLinks, nieuwRechts, { beslissingen });
    expect(paren(r)).toEqual(['10→21', '12→20']);
  });

  it('keys a row by its kenmerk when it has one, else by title, numbers and agency', () => {
    expect(rijSleutel(rij(2, 'Wat dan ook', { kenmerk: 'OPD-2026-001' }))).toBe('k:opd20261');
    expect(rijSleutel(rij(2, 'PRJ-1: Indexatie AOW 2027', { uitvoeringsorganisatie: 'Sociale Verzekeringsbank' }))).toBe('t:aow indexatie|2027|svb');
  });

  it('ignores a decision about a row that is no longer in the list', () => {
    const r = sluitAan(links, rechts, { beslissingen: [{ soort: 'handmatig', links: 99, rechts: 5 }] });
    expect(paren(r)).toEqual(['2→5', '3→6']);
  });
});
