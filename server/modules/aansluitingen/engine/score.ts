import { zelfdeOrganisatie } from './normaliseer.js';
import type { Profiel } from './profiel.js';
import { vergelijkTitels, type Woordenboek } from './titel.js';

export interface Beoordeling {
  /** 0–1, as shown to reviewers. */
  score: number;
  /** The unbounded sum behind the score: pairs are ranked by it, so two "1"s still differ. */
  gewicht: number;
  /** Evidence for the pair, strongest first, as Dutch phrases. */
  redenen: string[];
}

export interface ScoreContext {
  woordenboek: Woordenboek;
  /**
   * True when the two lists share their kenmerken (many rows match on them): then two different
   * kenmerken speak against a pair. When each list has its own numbering they say nothing.
   */
  kenmerkenGedeeld: boolean;
}

/** Below this title likeness a pair is not considered, unless an identifier links it. */
const MINIMALE_TITEL = 0.35;

/**
 * Scores a possible pair, or returns null when something decisive separates the rows: another
 * agency, other numbers in the titles ("Indexatie 2026" / "Indexatie 2027"), a title year
 * outside the other row's looptijd. A shared kenmerk outweighs all of that: it is the identifier
 * both lists agreed on.
 */
export function beoordeel(a: Profiel, b: Profiel, ctx: ScoreContext): Beoordeling | null {
  const titel = vergelijkTitels(ctx.woordenboek, a.woorden, b.woorden, a.trigrammen, b.trigrammen);
  const identiek = zelfdeKenmerk(a, b);
  const redenen: string[] = [];
  if (identiek) redenen.push(identiek);
  redenen.push(titelReden(titel.gelijkenis, a, b));
  const velden = veldBewijs(a, b);
  if (identiek) {
    const gewicht = 2 + titel.gelijkenis + velden.bijdrage;
    return { score: afronden(Math.min(1, 0.9 + 0.1 * titel.gelijkenis)), gewicht, redenen: [...redenen, ...velden.redenen] };
  }
  if (titel.gelijkenis < MINIMALE_TITEL) return null;
  if (velden.isBeslissendAnders || getallenBotsen(a, b)) return null;
  let score = titel.gelijkenis + velden.bijdrage;
  // Lists that share their kenmerken and give two different ones name two opdrachten; only a
  // pair on which everything else agrees survives (a typing error in a kenmerk).
  if (ctx.kenmerkenGedeeld && a.kenmerk && b.kenmerk) score -= 0.6;
  return { score: afronden(Math.min(1, Math.max(0, score))), gewicht: score, redenen: [...redenen, ...velden.redenen] };
}

function zelfdeKenmerk(a: Profiel, b: Profiel): string | null {
  if (a.kenmerk && a.kenmerk === b.kenmerk) return 'zelfde kenmerk';
  if (a.kenmerk && b.codes.includes(a.kenmerk)) return 'kenmerk staat in de titel van rechts';
  if (b.kenmerk && a.codes.includes(b.kenmerk)) return 'kenmerk staat in de titel van links';
  if (a.codes.some((c) => b.codes.includes(c))) return 'zelfde projectcode in de titel';
  return null;
}

function titelReden(gelijkenis: number, a: Profiel, b: Profiel): string {
  const zelfdeWoorden = a.woorden.length === b.woorden.length && a.woorden.every((w, i) => w === b.woorden[i]);
  if (zelfdeWoorden && a.getallen.join() === b.getallen.join()) return 'titel komt overeen';
  const getal = gelijkenis.toFixed(2).replace('.', ',');
  if (gelijkenis >= 0.85) return `titel lijkt sterk (${getal})`;
  if (gelijkenis >= 0.6) return `titel lijkt (${getal})`;
  return `titel lijkt weinig (${getal})`;
}

/**
 * Numbers in titles name different things: years, phases, tranches. When each title has a number
 * the other lacks, the rows differ. One title without the number is a shortened title.
 * A year in one title must also fall in the other row's looptijd, when that row has one and its
 * own looptijd does not already contradict its title.
 */
function getallenBotsen(a: Profiel, b: Profiel): boolean {
  const alleenA = a.getallen.some((g) => !b.getallen.includes(g));
  const alleenB = b.getallen.some((g) => !a.getallen.includes(g));
  if (alleenA && alleenB) return true;
  return titelJaarBuitenLooptijd(a, b) || titelJaarBuitenLooptijd(b, a);
}

function titelJaarBuitenLooptijd(met: Profiel, ander: Profiel): boolean {
  if (met.titelJaren.length === 0 || ander.titelJaren.length > 0) return false;
  if (ander.vanJaar === null && ander.totJaar === null) return false;
  const binnen = (p: Profiel) => met.titelJaren.some((j) => j >= (p.vanJaar ?? -Infinity) && j <= (p.totJaar ?? Infinity));
  if ((met.vanJaar !== null || met.totJaar !== null) && !binnen(met)) return false;
  return !binnen(ander);
}

interface VeldBewijs {
  bijdrage: number;
  redenen: string[];
  isBeslissendAnders: boolean;
}

/** Agreement of the other fields: each adds to (or takes from) the title's likeness. */
function veldBewijs(a: Profiel, b: Profiel): VeldBewijs {
  let bijdrage = 0;
  const zelfde: string[] = [];
  const redenen: string[] = [];
  let isBeslissendAnders = false;
  if (a.uitvoeringsorganisatie && b.uitvoeringsorganisatie) {
    if (zelfdeOrganisatie(a.uitvoeringsorganisatie, b.uitvoeringsorganisatie)) {
      bijdrage += 0.06;
      zelfde.push('uitvoeringsorganisatie');
    } else isBeslissendAnders = true;
  }
  if (a.opdrachtgever && b.opdrachtgever) {
    if (zelfdeOrganisatie(a.opdrachtgever, b.opdrachtgever)) {
      bijdrage += 0.03;
      zelfde.push('opdrachtgever');
    } else bijdrage -= 0.03;
  }
  if (a.beleidsterrein && b.beleidsterrein) {
    if (a.beleidsterrein === b.beleidsterrein) {
      bijdrage += 0.04;
      zelfde.push('beleidsterrein');
    } else bijdrage -= 0.04;
  }
  if (a.soort && b.soort) {
    if (a.soort === b.soort) {
      bijdrage += 0.02;
      zelfde.push('soort');
    } else bijdrage -= 0.02;
  }
  if (zelfde.length) redenen.push(`zelfde ${opsomming(zelfde)}`);
  // Budgets are rarely equal by chance: an equal (or equally rounded) amount is strong evidence,
  // a budget of another order of magnitude strong evidence against.
  const bedrag = bedragVerhouding(a, b);
  if (bedrag !== null) {
    if (bedrag <= 0.005) {
      bijdrage += 0.15;
      redenen.push('bedragen gelijk');
    } else if (bedrag <= 0.06) {
      bijdrage += 0.1;
      redenen.push('bedragen ongeveer gelijk');
    } else if (bedrag > 0.6) bijdrage -= 0.15;
    else if (bedrag > 0.45) bijdrage -= 0.05;
  }
  const looptijd = vergelijkLooptijd(a, b);
  if (looptijd === 'gelijk') {
    bijdrage += 0.05;
    redenen.push('zelfde looptijd');
  } else if (looptijd === 'overlapt') redenen.push('looptijd overlapt');
  else if (looptijd === 'verschoven') bijdrage -= 0.04;
  else if (looptijd === 'aansluitend') bijdrage -= 0.3;
  else if (looptijd === 'ver-uiteen') isBeslissendAnders = true;
  if (a.omschrijving.length >= 3 && b.omschrijving.length >= 3) {
    const gedeeld = a.omschrijving.filter((w) => b.omschrijving.includes(w)).length;
    if (gedeeld / Math.min(a.omschrijving.length, b.omschrijving.length) >= 0.5) {
      bijdrage += 0.04;
      redenen.push('omschrijving lijkt');
    }
  }
  return { bijdrage, redenen, isBeslissendAnders };
}

/**
 * How two looptijden relate, by year. An open end (a start without an end) overlaps anything
 * after it. Years apart means two opdrachten; a gap of one year may be a postponement.
 */
function vergelijkLooptijd(a: Profiel, b: Profiel): 'gelijk' | 'overlapt' | 'verschoven' | 'aansluitend' | 'ver-uiteen' | null {
  if ((a.vanJaar === null && a.totJaar === null) || (b.vanJaar === null && b.totJaar === null)) return null;
  if (a.vanJaar !== null && a.vanJaar === b.vanJaar && a.totJaar !== null && a.totJaar === b.totJaar) return 'gelijk';
  const gat = Math.max((a.vanJaar ?? -Infinity) - (b.totJaar ?? Infinity), (b.vanJaar ?? -Infinity) - (a.totJaar ?? Infinity));
  if (gat <= 0) {
    const isKenmerkendGelijk = (a.vanJaar !== null && a.vanJaar === b.vanJaar) || (a.totJaar !== null && a.totJaar === b.totJaar);
    return isKenmerkendGelijk || a.vanJaar === null || a.totJaar === null || b.vanJaar === null || b.totJaar === null ? 'overlapt' : 'verschoven';
  }
  return gat <= 1 ? 'aansluitend' : 'ver-uiteen';
}

/**
 * Relative difference of the budgets (0 = equal), comparing like with like: totals, or one year
 * of a row that gives years with a row that gives only that year.
 */
function bedragVerhouding(a: Profiel, b: Profiel): number | null {
  const paren: [number, number][] = [];
  if (a.budget !== null && b.budget !== null) paren.push([a.budget, b.budget]);
  const jaarbedrag = (met: Profiel, ander: Profiel) => {
    const jaar = met.rij.jaar;
    const perJaar = ander.rij.budgetPerJaar;
    if (jaar && met.budget !== null && perJaar && typeof perJaar[jaar] === 'number') paren.push([met.budget, perJaar[jaar]]);
  };
  jaarbedrag(a, b);
  jaarbedrag(b, a);
  if (paren.length === 0) return null;
  return Math.min(
    ...paren.map(([x, y]) => (x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)))),
  );
}

/** "a", "a en b", "a, b en c". */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

function afronden(score: number): number {
  return Math.round(score * 1000) / 1000;
}
