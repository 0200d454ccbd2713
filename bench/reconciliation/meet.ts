import { performance } from 'node:perf_hooks';
import { type AansluitResultaat, sluitAan } from '../../server/modules/aansluitingen/engine/index.js';
import { type GelabeldeSet, genereerAansluiting, type Kenmerk } from './generator.js';

export interface AansluitMeting {
  /** Rows per list (about; ~92% of the opdrachten are on each side). */
  grootte: number;
  rijenLinks: number;
  rijenRechts: number;
  paren: number;
  voorgesteld: number;
  juist: number;
  precision: number;
  recall: number;
  f1: number;
  /** Wall time of the engine alone (the lists are generated beforehand), ms. */
  ms: number;
  /** Recall of the true pairs that have each difficulty. */
  recallPerMoeilijkheid: Partial<Record<Kenmerk, { paren: number; recall: number }>>;
}

/** Generates a labelled pair of lists of `grootte` rows each and measures the engine on it. */
export function meetAansluiting(grootte: number, seed = 4): AansluitMeting {
  const set = genereerAansluiting(Math.round(grootte / 0.925), seed);
  const start = performance.now();
  const resultaat = sluitAan(set.links, set.rechts);
  const ms = performance.now() - start;
  return { grootte, ...beoordeel(set, resultaat), ms: Math.round(ms) };
}

/** Precision and recall of the proposed pairs against the true pairs. */
export function beoordeel(set: GelabeldeSet, resultaat: AansluitResultaat): Omit<AansluitMeting, 'grootte' | 'ms'> {
  const waar = new Map(set.paren.map((p) => [`${p.links}:${p.rechts}`, p]));
  const gevonden = new Set(resultaat.gekoppeld.map((k) => `${k.links}:${k.rechts}`));
  const juist = [...gevonden].filter((k) => waar.has(k)).length;
  const precision = gevonden.size === 0 ? 1 : juist / gevonden.size;
  const recall = waar.size === 0 ? 1 : juist / waar.size;
  const perMoeilijkheid: Record<string, { paren: number; gevonden: number }> = {};
  for (const [sleutel, p] of waar) {
    for (const m of p.moeilijkheden) {
      const t = (perMoeilijkheid[m] ??= { paren: 0, gevonden: 0 });
      t.paren++;
      if (gevonden.has(sleutel)) t.gevonden++;
    }
  }
  return {
    rijenLinks: set.links.length,
    rijenRechts: set.rechts.length,
    paren: waar.size,
    voorgesteld: gevonden.size,
    juist,
    precision: rond(precision),
    recall: rond(recall),
    f1: rond(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    recallPerMoeilijkheid: Object.fromEntries(
      Object.entries(perMoeilijkheid).map(([m, t]) => [m, { paren: t.paren, recall: rond(t.gevonden / t.paren) }]),
    ),
  };
}

function rond(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
