import type { AansluitRij } from '../../server/modules/aansluitingen/engine/index.js';
import { Prng } from '../prng.js';
import { genereerOpdrachten, type Opdracht } from './opdrachten.js';
import { type Moeilijkheid, RUIS_OPDRACHTGEVER, RUIS_UITVOERDER, rondAf, varieerTitel } from './variaties.js';

/** Difficulties of a true pair beyond its titles, for recall per difficulty. */
export type Kenmerk =
  | Moeilijkheid
  | 'kenmerkAlleenLinks'
  | 'bedragAfgerond'
  | 'totaalTegenPerJaar'
  | 'bedragGewijzigd'
  | 'volledigeNaam';

export interface GelabeldeSet {
  links: AansluitRij[];
  rechts: AansluitRij[];
  /** The true pairs, as [left row, right row], with what makes each hard. */
  paren: Array<{ links: number; rechts: number; moeilijkheden: Kenmerk[] }>;
}

/**
 * Two labelled lists of opdrachten: a ministry's list of all its commissions (left) and the
 * agencies' own lists (right). About 92% of opdrachten are on each side, so ~85% pair and the
 * rest are on one side only. Every difficulty of issue 4 occurs in the proportions of
 * RUIS_UITVOERDER and below; the same seed gives the same lists.
 */
export function genereerAansluiting(aantal: number, seed = 4): GelabeldeSet {
  const rng = new Prng(seed);
  const opdrachten = genereerOpdrachten(rng, aantal);
  const links: AansluitRij[] = [];
  const rechts: AansluitRij[] = [];
  const waar: Array<{ l: number; r: number; moeilijkheden: Kenmerk[] }> = [];
  for (const o of opdrachten) {
    const inLinks = rng.chance(0.92);
    const inRechts = !inLinks || rng.chance(0.92);
    const l = inLinks ? links.push(linkerRij(rng, o)) - 1 : -1;
    const r = inRechts ? rechts.push(rechterRij(rng, o, l >= 0 ? links[l]! : null)) - 1 : -1;
    if (l >= 0 && r >= 0) waar.push({ l, r, moeilijkheden: moeilijkhedenVan(links[l]!, rechts[r]!) });
  }
  // Lists are in their own order; rows are named by spreadsheet row (the header is row 1).
  const volgordeL = schud(rng, links.length);
  const volgordeR = schud(rng, rechts.length);
  volgordeL.forEach((oud, positie) => (links[oud]!.rij = positie + 2));
  volgordeR.forEach((oud, positie) => (rechts[oud]!.rij = positie + 2));
  const paren = waar.map((p) => ({ links: links[p.l]!.rij, rechts: rechts[p.r]!.rij, moeilijkheden: p.moeilijkheden }));
  const opRij = (a: AansluitRij, b: AansluitRij) => a.rij - b.rij;
  for (const rij of [...links, ...rechts]) delete (rij as { _ruis?: unknown })._ruis;
  return { links: links.sort(opRij), rechts: rechts.sort(opRij), paren };
}

type RijMetRuis = AansluitRij & { _ruis?: Kenmerk[] };

function linkerRij(rng: Prng, o: Opdracht): RijMetRuis {
  const titel = varieerTitel(rng, o.titel, RUIS_OPDRACHTGEVER, `PRJ-${o.vanJaar}-${String(o.nummer % 1000).padStart(3, '0')}`);
  const perJaar = rng.chance(0.6);
  return {
    rij: 0,
    kenmerk: rng.chance(0.9) ? o.kenmerkOpdrachtgever : null,
    titel: titel.titel,
    omschrijving: rng.chance(0.6) ? o.omschrijving : null,
    opdrachtgever: o.opdrachtgever,
    uitvoeringsorganisatie: o.uitvoerder.afkorting,
    beleidsterrein: rng.chance(0.95) ? o.beleidsterrein : null,
    soort: rng.chance(0.9) ? o.soort : null,
    status: rng.chance(0.8) ? o.status : null,
    startdatum: rng.chance(0.8) ? o.startdatum : null,
    einddatum: rng.chance(0.8) ? o.einddatum : null,
    budgetPerJaar: perJaar ? { ...o.budgetPerJaar } : null,
    budgetTotaal: perJaar ? null : Object.values(o.budgetPerJaar).reduce((a, b) => a + b, 0),
    fte: rng.chance(0.7) ? o.fte : null,
    _ruis: titel.gedaan,
  };
}

function rechterRij(rng: Prng, o: Opdracht, links: AansluitRij | null): RijMetRuis {
  const ruis: Kenmerk[] = [];
  const titel = varieerTitel(rng, o.titel, RUIS_UITVOERDER, o.kenmerkUitvoerder);
  ruis.push(...titel.gedaan);
  // The agency records the ministry's kenmerk for fewer than half of its rows, and in its own notation.
  let kenmerk: string | null = rng.chance(0.45) ? o.kenmerkOpdrachtgever : null;
  if (kenmerk && rng.chance(0.3)) kenmerk = kenmerk.toLowerCase().replace(/-/g, rng.chance(0.5) ? ' ' : '/');
  if (!kenmerk && links?.kenmerk) ruis.push('kenmerkAlleenLinks');
  const volledigeNaam = rng.chance(0.35);
  if (volledigeNaam) ruis.push('volledigeNaam');
  const opdrachtgever = rng.chance(0.4) ? `${o.uitvoerder.ministerie} - ${o.opdrachtgever}` : o.opdrachtgever;
  let perJaar: Record<number, number> | null = null;
  let totaal: number | null = null;
  const vorm = rng.next();
  if (vorm < 0.4) perJaar = { ...o.budgetPerJaar };
  else if (vorm < 0.8) totaal = Object.values(o.budgetPerJaar).reduce((a, b) => a + b, 0);
  if (links && ((perJaar && links.budgetTotaal != null) || (totaal !== null && links.budgetPerJaar))) ruis.push('totaalTegenPerJaar');
  if (rng.chance(0.3)) {
    if (perJaar) for (const j of Object.keys(perJaar)) perJaar[Number(j)] = rondAf(rng, perJaar[Number(j)]!);
    if (totaal !== null) totaal = rondAf(rng, totaal);
    ruis.push('bedragAfgerond');
  } else if (rng.chance(0.1)) {
    const factor = rng.chance(0.5) ? 1 + rng.next() * 0.4 : 1 - rng.next() * 0.3;
    if (perJaar) for (const j of Object.keys(perJaar)) perJaar[Number(j)] = Math.round(perJaar[Number(j)]! * factor);
    if (totaal !== null) totaal = Math.round(totaal * factor);
    ruis.push('bedragGewijzigd');
  }
  const start = rng.chance(0.1) ? o.startdatum.replace(/-(\d\d)-/, (_m, m: string) => `-${String(Math.min(12, Number(m) + 1)).padStart(2, '0')}-`) : o.startdatum;
  return {
    rij: 0,
    kenmerk,
    titel: titel.titel,
    omschrijving: rng.chance(0.3) ? o.omschrijving : null,
    opdrachtgever: rng.chance(0.9) ? opdrachtgever : null,
    uitvoeringsorganisatie: volledigeNaam ? o.uitvoerder.naam : o.uitvoerder.afkorting,
    beleidsterrein: rng.chance(0.5) ? o.beleidsterrein : null,
    soort: rng.chance(0.4) ? o.soort : null,
    status: rng.chance(0.8) ? (rng.chance(0.15) ? 'in-uitvoering' : o.status) : null,
    // A title without its year keeps the year in its dates: that is how the agency knows it.
    startdatum: rng.chance(0.9) || titel.gedaan.includes('jaarWeg') ? start : null,
    einddatum: rng.chance(0.9) || titel.gedaan.includes('jaarWeg') ? o.einddatum : null,
    budgetPerJaar: perJaar,
    budgetTotaal: totaal,
    fte: rng.chance(0.7) ? (rng.chance(0.1) ? Math.round(o.fte * 12) / 10 : o.fte) : null,
    _ruis: ruis,
  };
}

function moeilijkhedenVan(l: RijMetRuis, r: RijMetRuis): Kenmerk[] {
  return [...new Set([...(l._ruis ?? []), ...(r._ruis ?? [])])];
}

function schud(rng: Prng, n: number): number[] {
  const volgorde = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [volgorde[i], volgorde[j]] = [volgorde[j]!, volgorde[i]!];
  }
  return volgorde;
}
