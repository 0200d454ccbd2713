import { kaalWoord, synoniem } from './normaliseer.js';

/**
 * How much two titles look alike, tolerant of what real lists do to titles: abbreviations
 * ("Impl."), misspellings, word order, synonyms (folded in normaliseerTitel) and compound words
 * written apart ("kinder bijslag").
 */

/** Interns words as numbers and keeps their weight (rare words weigh more, as in tf-idf). */
export class Woordenboek {
  private readonly ids = new Map<string, number>();
  readonly woorden: string[] = [];
  private readonly documenten: number[] = [];
  private gewichten: Float64Array = new Float64Array(0);
  private aantalDocumenten = 0;
  private readonly cache = new Map<number, number>();

  id(woord: string): number {
    let id = this.ids.get(woord);
    if (id === undefined) {
      id = this.woorden.length;
      this.ids.set(woord, id);
      this.woorden.push(woord);
      this.documenten.push(0);
    }
    return id;
  }

  /** Counts a title's words once each, for their weight. */
  telDocument(ids: readonly number[]): void {
    this.aantalDocumenten += 1;
    for (const id of new Set(ids)) this.documenten[id]! += 1;
  }

  documentFrequentie(id: number): number {
    return this.documenten[id] ?? 0;
  }

  /** Fixes the weights once all titles are counted: log(1 + N / df). */
  sluitAf(): void {
    this.gewichten = new Float64Array(this.woorden.length);
    for (let i = 0; i < this.woorden.length; i++) {
      this.gewichten[i] = Math.log(1 + this.aantalDocumenten / Math.max(1, this.documenten[i]!));
    }
  }

  gewicht(id: number): number {
    return this.gewichten[id] ?? 1;
  }

  /** Similarity of two words, 0–1, cached: the same word pairs recur across thousands of rows. */
  woordGelijkenis(a: number, b: number): number {
    if (a === b) return 1;
    const sleutel = a < b ? a * 0x100000 + b : b * 0x100000 + a;
    let waarde = this.cache.get(sleutel);
    if (waarde === undefined) {
      waarde = woordGelijkenis(this.woorden[a]!, this.woorden[b]!);
      this.cache.set(sleutel, waarde);
    }
    return waarde;
  }
}

/**
 * Two different words that may still be the same word: an abbreviation ("impl" of
 * "implementatie", at least four letters), a misspelling (one edit in five letters or more, two in
 * nine or more), or one half of a compound ("bijslag" in "kinderbijslag").
 */
export function woordGelijkenis(woordA: string, woordB: string): number {
  const a = kaalWoord(woordA);
  const b = kaalWoord(woordB);
  if (a === b || synoniem(a) === synoniem(b)) return 1;
  const [kort, lang, kortOrigineel] = a.length <= b.length ? [a, b, woordA] : [b, a, woordB];
  const isAfkorting = kortOrigineel.endsWith('.');
  if (kort.length >= (isAfkorting ? 2 : 4) && lang.startsWith(kort)) return 0.9;
  if (kortOrigineel.endsWith('^') && lang.length >= kort.length + 3 && isAcroniemVan(kort, lang)) return kort.length >= 3 ? 0.8 : 0.6;
  const gedeeld = gemeenschappelijkBegin(kort, lang);
  // Another form of the same word: "versterken" / "versterking", "implementeren" / "implementatie".
  if (gedeeld >= 6 && gedeeld >= 0.7 * kort.length) return 0.8;
  const verschil = lang.length - kort.length;
  if (kort.length >= 5 && verschil <= 2) {
    const maxAfstand = kort.length >= 9 ? 2 : 1;
    const afstand = begrensdeAfstand(a, b, maxAfstand);
    if (afstand <= maxAfstand) return afstand === 1 ? 0.9 : 0.8;
  }
  if (kort.length >= 5 && (lang.endsWith(kort) || lang.startsWith(kort))) return 0.6;
  return 0;
}

/** "kot" in "kinderopvangtoeslag": same first letter, the others in order. */
function isAcroniemVan(acroniem: string, woord: string): boolean {
  if (acroniem[0] !== woord[0]) return false;
  let j = 1;
  for (let i = 1; i < acroniem.length; i++) {
    j = woord.indexOf(acroniem[i]!, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

function gemeenschappelijkBegin(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Optimal string alignment distance (a swap of neighbours counts as one), or max+1 when over max. */
export function begrensdeAfstand(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let vorige2 = new Array<number>(m + 1).fill(0);
  let vorige = Array.from({ length: m + 1 }, (_, j) => j);
  let huidig = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    huidig[0] = i;
    let rijMinimum = i;
    for (let j = 1; j <= m; j++) {
      const kosten = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(vorige[j]! + 1, huidig[j - 1]! + 1, vorige[j - 1]! + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, vorige2[j - 2]! + 1);
      huidig[j] = d;
      if (d < rijMinimum) rijMinimum = d;
    }
    if (rijMinimum > max) return max + 1;
    [vorige2, vorige, huidig] = [vorige, huidig, vorige2];
  }
  return vorige[m]!;
}

/** Hashed character trigrams of a text (words padded with spaces), sorted and unique. */
export function trigrammen(tekst: string): Int32Array {
  const woorden = tekst.replace(/\s+/g, '');
  const padded = `  ${woorden} `;
  const set = new Set<number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    set.add((padded.charCodeAt(i) << 16) ^ (padded.charCodeAt(i + 1) << 8) ^ padded.charCodeAt(i + 2));
  }
  return Int32Array.from([...set].sort((x, y) => x - y));
}

/** Dice coefficient of two sorted trigram sets. */
export function trigramGelijkenis(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let gedeeld = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      gedeeld++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * gedeeld) / (a.length + b.length);
}

export interface TitelVergelijking {
  /** Overall likeness, 0–1. */
  gelijkenis: number;
  /** Share of each title's weight the other title covers. */
  dekkingLinks: number;
  dekkingRechts: number;
}

/**
 * Likeness of two titles as word lists: each word finds its best counterpart on the other side,
 * weighted by rarity. A title that is a shortened form of the other (one side covered fully)
 * scores higher than two titles that each have words the other lacks — those name different things.
 */
export function vergelijkTitels(
  woordenboek: Woordenboek,
  links: readonly number[],
  rechts: readonly number[],
  trigramLinks: Int32Array,
  trigramRechts: Int32Array,
): TitelVergelijking {
  if (links.length === 0 || rechts.length === 0) return { gelijkenis: 0, dekkingLinks: 0, dekkingRechts: 0 };
  const dekkingLinks = dekking(woordenboek, links, rechts);
  const dekkingRechts = dekking(woordenboek, rechts, links);
  // Words left over on both sides ("fraudebestrijding" / "achterstanden") name different things;
  // words left over on one side only are a shortened title.
  const woordscore =
    0.5 * Math.max(dekkingLinks, dekkingRechts) + 0.5 * Math.min(dekkingLinks, dekkingRechts) - 0.8 * Math.min(1 - dekkingLinks, 1 - dekkingRechts);
  const tekenscore = trigramGelijkenis(trigramLinks, trigramRechts);
  return { gelijkenis: Math.max(0, woordscore, 0.75 * woordscore + 0.25 * tekenscore), dekkingLinks, dekkingRechts };
}

function dekking(woordenboek: Woordenboek, van: readonly number[], tegen: readonly number[]): number {
  let totaal = 0;
  let gedekt = 0;
  for (const a of van) {
    const w = woordenboek.gewicht(a);
    totaal += w;
    let beste = 0;
    for (const b of tegen) {
      const g = woordenboek.woordGelijkenis(a, b);
      if (g > beste) {
        beste = g;
        if (beste === 1) break;
      }
    }
    gedekt += w * beste;
  }
  return totaal === 0 ? 0 : gedekt / totaal;
}
