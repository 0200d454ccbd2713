import { describe, expect, it } from 'vitest';
import { sluitAan } from './index.js';
import { paren, rij } from './test-rijen.js';

describe('aansluiting: kenmerken', () => {
  it('pairs on a shared kenmerk, whatever its notation, and says so', () => {
    const r = sluitAan(
      [rij(2, 'Wijziging Ziektewet', { kenmerk: 'OPD-2026-00123' })],
      [rij(5, 'Aanpassingen vangnet zieke werknemers', { kenmerk: 'opd 2026/123' })],
    );
    expect(paren(r)).toEqual(['2→5']);
    expect(r.gekoppeld[0]!.reden).toMatch(/^zelfde kenmerk/);
    expect(r.gekoppeld[0]!.score).toBeGreaterThanOrEqual(0.9);
  });

  it('pairs on the title and other fields when the kenmerk is missing on one side', () => {
    const r = sluitAan(
      [rij(2, 'Beheer polisadministratie', { kenmerk: 'OPD-1', budgetTotaal: 10_000_000 }), rij(3, 'Migratie Werkmap', { kenmerk: 'OPD-2' })],
      [rij(5, 'Migratie Werkmap', { kenmerk: 'OPD-2' }), rij(6, 'Beheer polisadministratie', { budgetTotaal: 10_000_000 })],
    );
    expect(paren(r)).toEqual(['2→6', '3→5']);
    expect(r.gekoppeld[0]!.reden).not.toContain('kenmerk');
  });

  it('finds a kenmerk that one side wrote in its title', () => {
    const r = sluitAan(
      [rij(2, 'Vernieuwing klantportaal', { kenmerk: 'UWV-2026-014' })],
      [rij(5, '[UWV-2026-014] Nieuw portaal voor klanten')],
    );
    expect(paren(r)).toEqual(['2→5']);
    expect(r.gekoppeld[0]!.reden).toContain('kenmerk staat in de titel van rechts');
  });

  it('does not pair rows with different kenmerken when the lists share their kenmerken', () => {
    const r = sluitAan(
      [rij(2, 'Beheer klantportaal', { kenmerk: 'A-1' }), rij(3, 'Beheer werk.nl', { kenmerk: 'A-2' }), rij(4, 'Migratie Werkmap', { kenmerk: 'A-3' })],
      [rij(5, 'Beheer klantportaal', { kenmerk: 'A-9' }), rij(6, 'Beheer werk.nl', { kenmerk: 'A-2' }), rij(7, 'Migratie Werkmap', { kenmerk: 'A-3' })],
    );
    expect(paren(r)).toEqual(['3→6', '4→7']);
  });

  it('ignores kenmerken when each list has its own numbering', () => {
    const r = sluitAan(
      [rij(2, 'Beheer klantportaal', { kenmerk: 'OPD-1' }), rij(3, 'Beheer werk.nl', { kenmerk: 'OPD-2' })],
      [rij(5, 'Beheer klantportaal', { kenmerk: 'UWV-77' }), rij(6, 'Beheer werk.nl', { kenmerk: 'UWV-78' })],
    );
    expect(paren(r)).toEqual(['2→5', '3→6']);
  });
});
