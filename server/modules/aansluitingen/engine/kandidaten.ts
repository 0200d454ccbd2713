import { kaalWoord, synoniem, zelfdeOrganisatie } from './normaliseer.js';
import type { Profiel, Profielen } from './profiel.js';

/**
 * Candidate pairs without comparing every row with every row (20 000 × 20 000 would be 400
 * million comparisons): rows are indexed by pieces of their title words (first and last four
 * letters, so abbreviations and most misspellings still meet), numbers, kenmerken and codes, per
 * agency. Each row keeps the rows it shares the most (rare) pieces with.
 */

const ONBEKEND = -1;

/** Agencies as groups of names that name the same organisation ("duo", "dienst uitvoering onderwijs"). */
function organisatieGroepen(profielen: Profielen): Map<string, number> {
  const namen = new Set<string>();
  for (const p of [...profielen.links, ...profielen.rechts]) if (p.uitvoeringsorganisatie) namen.add(p.uitvoeringsorganisatie);
  const lijst = [...namen].sort();
  const ouder = lijst.map((_, i) => i);
  const wortel = (i: number): number => (ouder[i] === i ? i : (ouder[i] = wortel(ouder[i]!)));
  for (let i = 0; i < lijst.length; i++) {
    for (let j = i + 1; j < lijst.length; j++) {
      if (zelfdeOrganisatie(lijst[i]!, lijst[j]!)) ouder[wortel(j)] = wortel(i);
    }
  }
  return new Map(lijst.map((naam, i) => [naam, wortel(i)]));
}

function sleutels(p: Profiel, woorden: readonly string[]): string[] {
  const uit: string[] = [];
  const kaal = p.woorden.map((id) => kaalWoord(woorden[id]!));
  for (const w of kaal) {
    if (w.length < 2) continue;
    uit.push(synoniem(w));
    if (w.length >= 3) uit.push(`${w.slice(0, 3)}<`);
    if (w.length > 5) uit.push(`${w.slice(0, 4)}…`, `…${w.slice(-4)}`);
  }
  // The whole title: rows with exactly the same title come before rows that only share words.
  uit.push(`=${kaal.map(synoniem).sort().join(' ')}|${p.getallen.join(' ')}`);
  for (const g of p.getallen) uit.push(`#${g}`);
  // Budgets and looptijd rarely coincide by chance: rows that share them rank first. Two
  // significant digits, so "1,5 mln" meets 1.519.846.
  if (p.budget !== null && p.budget > 0) uit.push(`€${Number(p.budget.toPrecision(2))}`);
  if (p.vanJaar !== null && p.totJaar !== null) uit.push(`j${p.vanJaar}-${p.totJaar}`);
  return [...new Set(uit)];
}

function identiteitSleutels(p: Profiel): string[] {
  const uit = p.codes.map((c) => `k:${c}`);
  if (p.kenmerk) uit.push(`k:${p.kenmerk}`);
  return uit;
}

/** A budget to three significant digits (exact) and to two ("1,2 mln", rounded), per agency. */
function bedragSleutels(p: Profiel, groep: number): string[] {
  if (p.budget === null || p.budget <= 0) return [];
  return [`${groep}|€${Number(p.budget.toPrecision(3))}`, `${groep}|€€${Number(p.budget.toPrecision(2))}`];
}

/** A budget shared with this few rows is as good as an identifier. */
const ZELDZAAM_BEDRAG = 3;

/**
 * For each left row, the indices of the right rows worth scoring: every row sharing a kenmerk or
 * code, and the `perRij` rows sharing the most weight of title pieces. Pairs are returned as
 * [left index, right index], each once.
 */
export function kandidaten(profielen: Profielen, perRij: number): Array<[number, number]> {
  const { links, rechts, woordenboek } = profielen;
  const groepen = organisatieGroepen(profielen);
  const groep = (p: Profiel) => (p.uitvoeringsorganisatie ? groepen.get(p.uitvoeringsorganisatie)! : ONBEKEND);
  const alleGroepen = [...new Set(groepen.values()), ONBEKEND];

  // Index of the right rows: "group|piece" → right indices.
  const index = new Map<string, number[]>();
  const identiteit = new Map<string, number[]>();
  const bedragen = new Map<string, number[]>();
  const voegToe = (map: Map<string, number[]>, sleutel: string, i: number) => {
    const lijst = map.get(sleutel);
    if (lijst) lijst.push(i);
    else map.set(sleutel, [i]);
  };
  const sleutelsRechts = rechts.map((p) => sleutels(p, woordenboek.woorden));
  rechts.forEach((p, i) => {
    const g = groep(p);
    for (const s of sleutelsRechts[i]!) voegToe(index, `${g}|${s}`, i);
    for (const s of identiteitSleutels(p)) voegToe(identiteit, s, i);
    for (const s of bedragSleutels(p, g)) voegToe(bedragen, s, i);
  });
  // A row with many pieces shares more by chance, so its sum counts for less (its own rare
  // pieces, such as a misspelt word, must not count against it: hence the count, not their weight).
  const norm = Float64Array.from(sleutelsRechts, (s) => Math.sqrt(s.length));

  function idf(frequentie: number): number {
    return Math.log(1 + rechts.length / frequentie);
  }
  // Pieces shared by a large share of the rows say little and cost much: used only when a row has nothing rarer.
  const maxFrequentie = Math.max(100, Math.ceil(rechts.length / 100));
  const gewicht = new Float64Array(rechts.length);
  const geraakt: number[] = [];
  const paren: Array<[number, number]> = [];
  links.forEach((p, li) => {
    const groepenVanRij = groep(p) === ONBEKEND ? alleGroepen : [groep(p), ONBEKEND];
    const lijsten: number[][] = [];
    for (const s of sleutels(p, woordenboek.woorden)) {
      for (const g of groepenVanRij) {
        const lijst = index.get(`${g}|${s}`);
        if (lijst) lijsten.push(lijst);
      }
    }
    lijsten.sort((x, y) => x.length - y.length);
    lijsten.forEach((lijst, k) => {
      if (k >= 2 && lijst.length > maxFrequentie) return;
      const w = idf(lijst.length);
      for (const ri of lijst) {
        if (gewicht[ri] === 0) geraakt.push(ri);
        gewicht[ri]! += w;
      }
    });
    const gekozen = new Set<number>();
    for (const s of identiteitSleutels(p)) for (const ri of identiteit.get(s) ?? []) gekozen.add(ri);
    for (const g of groepenVanRij) {
      for (const s of bedragSleutels(p, g)) {
        const lijst = bedragen.get(s);
        if (lijst && lijst.length <= ZELDZAAM_BEDRAG) for (const ri of lijst) gekozen.add(ri);
      }
    }
    if (geraakt.length <= perRij) for (const ri of geraakt) gekozen.add(ri);
    else {
      for (const ri of geraakt) gewicht[ri] = gewicht[ri]! / norm[ri]!;
      geraakt.sort((x, y) => gewicht[y]! - gewicht[x]! || x - y);
      for (let k = 0; k < perRij; k++) gekozen.add(geraakt[k]!);
    }
    for (const ri of geraakt) gewicht[ri] = 0;
    geraakt.length = 0;
    for (const ri of [...gekozen].sort((x, y) => x - y)) paren.push([li, ri]);
  });
  return paren;
}
