import { describe, expect, it } from 'vitest';
import { sluitAan } from './index.js';
import { paren, rij } from './test-rijen.js';

describe('aansluiting: bedragen', () => {
  it('pairs a rounded amount ("1,2 mln") with the exact amount and reports the difference in cents', () => {
    const r = sluitAan(
      [rij(2, 'Vernieuwing Werkmap fase 1', { budgetTotaal: 123_456_789 })],
      [rij(4, 'Vernieuwing Werkmap fase 1', { budgetTotaal: 120_000_000 })],
    );
    expect(paren(r)).toEqual(['2→4']);
    expect(r.gekoppeld[0]!.reden).toContain('bedragen ongeveer gelijk');
    expect(r.gekoppeld[0]!.verschillen).toEqual([{ veld: 'budget', links: 123_456_789, rechts: 120_000_000 }]);
  });

  it('compares a budget per year with a total over the same years', () => {
    const r = sluitAan(
      [rij(2, 'Migratie polisadministratie', { budgetPerJaar: { 2026: 50_000_000, 2027: 70_000_000 } })],
      [rij(4, 'Migratie polisadministratie', { budgetTotaal: 120_000_000 })],
    );
    expect(r.gekoppeld[0]!.reden).toContain('bedragen gelijk');
    expect(r.gekoppeld[0]!.verschillen).toEqual([]);
  });

  it('compares a row with one year column with the same year of a row with years', () => {
    const r = sluitAan(
      [rij(2, 'Beheer werk.nl', { budgetPerJaar: { 2026: 50_000_000, 2027: 70_000_000 } })],
      [rij(4, 'Beheer werk.nl', { jaar: 2027, budgetTotaal: 70_000_000 })],
    );
    expect(r.gekoppeld[0]!.reden).toContain('bedragen gelijk');
  });

  it('reports differences per year when both rows give the same years', () => {
    const r = sluitAan(
      [rij(2, 'Beheer werk.nl', { budgetPerJaar: { 2026: 50_000_000, 2027: 70_000_000 } })],
      [rij(4, 'Beheer werk.nl', { budgetPerJaar: { 2026: 50_000_000, 2027: 75_000_000 } })],
    );
    expect(r.gekoppeld[0]!.verschillen).toEqual([{ veld: 'budget.2027', links: 70_000_000, rechts: 75_000_000 }]);
  });

  it('reports differing fte, looptijd and status but not a field only one side keeps', () => {
    const r = sluitAan(
      [rij(2, 'Beheer werk.nl', { fte: 4.5, startdatum: '2026-01-01', einddatum: '2027-12-31', status: 'afgesproken' })],
      [rij(4, 'Beheer werk.nl', { fte: 5, startdatum: '2026-03-01', einddatum: '2027-12-31', status: 'In uitvoering' })],
    );
    expect(r.gekoppeld[0]!.verschillen).toEqual([
      { veld: 'fte', links: 4.5, rechts: 5 },
      { veld: 'startdatum', links: '2026-01-01', rechts: '2026-03-01' },
      { veld: 'status', links: 'afgesproken', rechts: 'In uitvoering' },
    ]);
  });

  it('lets equal amounts decide between two rows with the same title', () => {
    const r = sluitAan(
      [rij(2, 'Pilot klantcontact', { budgetTotaal: 31_000_000 }), rij(3, 'Pilot klantcontact', { budgetTotaal: 97_500_000 })],
      [rij(8, 'Pilot klantcontact', { budgetTotaal: 97_500_000 }), rij(9, 'Pilot klantcontact', { budgetTotaal: 31_000_000 })],
    );
    expect(paren(r)).toEqual(['2→9', '3→8']);
  });
});
