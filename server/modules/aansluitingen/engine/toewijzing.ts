/** A scored candidate pair, by index into the left and right lists. */
export interface Kandidaat {
  links: number;
  rechts: number;
  score: number;
}

/**
 * One-to-one pairs from scored candidates: the highest score first, each row used once. Every
 * pair taken is then the best remaining choice for both of its rows (mutually best), which is
 * what a reviewer expects; the exact maximum-weight assignment (Hungarian, O(n³)) would not fit
 * in the time budget for 20 000 rows and tends to trade one sure pair for two doubtful ones.
 * Ties fall to the lower row numbers, so the result never depends on input order.
 */
export function wijsToe(kandidaten: Kandidaat[], bezetLinks: Set<number>, bezetRechts: Set<number>): Kandidaat[] {
  const gesorteerd = [...kandidaten].sort((a, b) => b.score - a.score || a.links - b.links || a.rechts - b.rechts);
  const gekozen: Kandidaat[] = [];
  for (const k of gesorteerd) {
    if (bezetLinks.has(k.links) || bezetRechts.has(k.rechts)) continue;
    bezetLinks.add(k.links);
    bezetRechts.add(k.rechts);
    gekozen.push(k);
  }
  return gekozen;
}
