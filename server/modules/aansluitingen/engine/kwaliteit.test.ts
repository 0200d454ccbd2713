import { describe, expect, it } from 'vitest';
import { meetAansluiting } from '../../../../bench/reconciliation/meet.js';

describe('aansluiting: kwaliteit op een gegenereerde, gelabelde set', () => {
  it('reaches precision and recall of at least 0.97 on 2 000 rows with every difficulty', () => {
    const meting = meetAansluiting(2_000, 11);
    expect(meting.precision).toBeGreaterThanOrEqual(0.97);
    expect(meting.recall).toBeGreaterThanOrEqual(0.97);
    for (const [moeilijkheid, { recall }] of Object.entries(meting.recallPerMoeilijkheid)) {
      expect(recall, moeilijkheid).toBeGreaterThanOrEqual(0.9);
    }
  });
});
