import { describe, expect, it } from 'vitest';
import { OPDRACHT_STATUSSEN } from '../../../common/enums.js';
import { findStatusovergang, STATUSOVERGANGEN, volgendeStatussen } from './statusovergangen.js';

describe('statusovergangen of an opdracht', () => {
  it('lists each transition once, between known statuses, never to itself', () => {
    const keys = STATUSOVERGANGEN.map((o) => `${o.van}>${o.naar}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of STATUSOVERGANGEN) {
      expect(OPDRACHT_STATUSSEN).toContain(o.van);
      expect(OPDRACHT_STATUSSEN).toContain(o.naar);
      expect(o.van).not.toBe(o.naar);
      expect(o.door.length).toBeGreaterThan(0);
    }
  });

  it('makes afgerond and ingetrokken final, and lets every other status be withdrawn', () => {
    expect(volgendeStatussen('afgerond', ['opdrachtgever', 'uitvoerder'])).toEqual([]);
    expect(volgendeStatussen('ingetrokken', ['opdrachtgever', 'uitvoerder'])).toEqual([]);
    for (const van of ['concept', 'afgesproken', 'in-uitvoering'] as const) expect(findStatusovergang(van, 'ingetrokken')).toBeDefined();
  });

  it('lets the agency only start agreed work', () => {
    const viaUitvoerder = STATUSOVERGANGEN.filter((o) => o.door.includes('uitvoerder')).map((o) => `${o.van}>${o.naar}`);
    expect(viaUitvoerder).toEqual(['afgesproken>in-uitvoering']);
  });
});
