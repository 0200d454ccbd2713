import { describe, expect, it } from 'vitest';
import { sluitAan } from './index.js';
import { paren, rij } from './test-rijen.js';

describe('aansluiting: één-op-één en volledigheid', () => {
  it('pairs each row at most once, even when one row resembles two on the other side', () => {
    const r = sluitAan(
      [rij(2, 'Beheer klantportaal')],
      [rij(5, 'Beheer klantportaal'), rij(6, 'Beheer klantportaal werkgevers')],
    );
    expect(paren(r)).toEqual(['2→5']);
    expect(r.alleenRechts).toEqual([6]);
  });

  it('gives the best match to each row rather than the first one found', () => {
    // Left 2 resembles both right rows; right 6 is its exact twin, right 5 fits left 3 better.
    const r = sluitAan(
      [rij(2, 'Onderzoek klantcontact werkgevers'), rij(3, 'Onderzoek klantcontact')],
      [rij(5, 'Onderzoek klantcontact'), rij(6, 'Onderzoek klantcontact werkgevers')],
    );
    expect(paren(r)).toEqual(['2→6', '3→5']);
  });

  it('gives the same pairs whatever the order of the rows', () => {
    const links = [rij(2, 'Indexatie AOW 2026'), rij(3, 'Beheer Mijn SVB'), rij(4, 'Pilot klantcontact regio Noord'), rij(5, 'Pilot klantcontact regio Zuid')];
    const rechts = [rij(8, 'Pilot klantcontact Zuid'), rij(9, 'Indexatie AOW 2026'), rij(10, 'Onderhoud Mijn SVB'), rij(11, 'Pilot klantcontact Noord')];
    const vooruit = sluitAan(links, rechts);
    const achteruit = sluitAan([...links].reverse(), [...rechts].reverse());
    expect(achteruit).toEqual(vooruit);
    expect(paren(vooruit)).toEqual(['2→9', '3→10', '4→11', '5→8']);
  });

  it('computes volledigheid as 2 × pairs ÷ all rows', () => {
    const r = sluitAan(
      [rij(2, 'Beheer klantportaal'), rij(3, 'Migratie Werkmap'), rij(4, 'Indexatie WW 2027')],
      [rij(5, 'Beheer klantportaal'), rij(6, 'Migratie Werkmap')],
    );
    expect(r.volledigheid).toBe(0.8);
    expect(r.alleenLinks).toEqual([4]);
    expect(r.alleenRechts).toEqual([]);
  });

  it('calls two empty lists complete and one empty list not at all', () => {
    expect(sluitAan([], [])).toEqual({ gekoppeld: [], alleenLinks: [], alleenRechts: [], volledigheid: 1 });
    expect(sluitAan([rij(2, 'Beheer klantportaal')], []).volledigheid).toBe(0);
  });

  it('explains each pair in Dutch: kenmerk, title, shared fields and amounts', () => {
    const velden = { uitvoeringsorganisatie: 'UWV', beleidsterrein: 'Werkloosheid', budgetTotaal: 1_200_000_00 };
    const r = sluitAan([rij(12, 'Implementatie Wet arbeidsmarkt in balans', velden)], [rij(40, 'Impl. Wet arbeidsmarkt in balans', velden)]);
    expect(r.gekoppeld[0]).toMatchObject({
      links: 12,
      rechts: 40,
      herkomst: 'voorgesteld',
      reden: expect.stringMatching(/^titel lijkt sterk \(0,\d\d\), zelfde uitvoeringsorganisatie en beleidsterrein, bedragen gelijk$/),
    });
    expect(r.gekoppeld[0]!.score).toBeGreaterThan(0.9);
  });
});
