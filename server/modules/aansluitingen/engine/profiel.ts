import {
  normaliseerKenmerk,
  normaliseerLabel,
  normaliseerOrganisatie,
  normaliseerTitel,
  plat,
} from './normaliseer.js';
import { trigrammen, Woordenboek } from './titel.js';
import type { AansluitRij } from './types.js';

/** What the engine knows of one row, computed once: normalised fields and title features. */
export interface Profiel {
  rij: AansluitRij;
  kenmerk: string | null;
  /** Project codes found in the title; they may be the other side's kenmerk. */
  codes: string[];
  woorden: number[];
  getallen: string[];
  /** Years named in the title ("Indexatie 2027"). */
  titelJaren: number[];
  trigrammen: Int32Array;
  omschrijving: number[];
  uitvoeringsorganisatie: string | null;
  opdrachtgever: string | null;
  beleidsterrein: string | null;
  soort: string | null;
  status: string | null;
  /** Total budget in cents: the given total, or the sum of the years. */
  budget: number | null;
  /** First and last year the row covers (looptijd, year column or budget years); null = not said. */
  vanJaar: number | null;
  totJaar: number | null;
}

export interface Profielen {
  woordenboek: Woordenboek;
  links: Profiel[];
  rechts: Profiel[];
}

/** Profiles of both lists over one shared vocabulary, so word weights reflect both lists. */
export function maakProfielen(links: readonly AansluitRij[], rechts: readonly AansluitRij[]): Profielen {
  const woordenboek = new Woordenboek();
  const maak = (rij: AansluitRij) => maakProfiel(rij, woordenboek);
  const profielen = { woordenboek, links: links.map(maak), rechts: rechts.map(maak) };
  woordenboek.sluitAf();
  return profielen;
}

function maakProfiel(rij: AansluitRij, woordenboek: Woordenboek): Profiel {
  const titel = normaliseerTitel(rij.titel ?? '');
  const woorden = titel.woorden.map((w) => woordenboek.id(w));
  woordenboek.telDocument(woorden);
  const omschrijving = rij.omschrijving
    ? [...new Set(plat(rij.omschrijving).split(/[^a-z0-9]+/).filter((w) => w.length > 3).map((w) => woordenboek.id(w)))]
    : [];
  const titelJaren = titel.getallen.map(Number).filter((n) => n >= 1990 && n <= 2100);
  const [vanJaar, totJaar] = jarenVan(rij);
  return {
    rij,
    kenmerk: normaliseerKenmerk(rij.kenmerk),
    codes: titel.codes,
    woorden,
    getallen: titel.getallen,
    titelJaren,
    trigrammen: trigrammen(titel.tekst),
    omschrijving,
    uitvoeringsorganisatie: normaliseerOrganisatie(rij.uitvoeringsorganisatie),
    opdrachtgever: normaliseerOrganisatie(rij.opdrachtgever),
    beleidsterrein: normaliseerLabel(rij.beleidsterrein),
    soort: normaliseerLabel(rij.soort),
    status: normaliseerLabel(rij.status),
    budget: totaalBudget(rij),
    vanJaar,
    totJaar,
  };
}

/** The budget of a row in cents: its total, else the sum of its years; null when it has none. */
export function totaalBudget(rij: AansluitRij): number | null {
  if (rij.budgetTotaal !== null && rij.budgetTotaal !== undefined) return rij.budgetTotaal;
  if (!rij.budgetPerJaar) return null;
  const waarden = Object.values(rij.budgetPerJaar).filter((v) => typeof v === 'number');
  return waarden.length ? waarden.reduce((a, b) => a + b, 0) : null;
}

/**
 * First and last year; either is null when the row does not say (a start date without an end
 * and no years of budget is open-ended, not a one-year opdracht).
 */
function jarenVan(rij: AansluitRij): [number | null, number | null] {
  const jaren: number[] = [];
  if (rij.jaar) jaren.push(rij.jaar);
  for (const jaar of Object.keys(rij.budgetPerJaar ?? {})) jaren.push(Number(jaar));
  for (const jaar of Object.keys(rij.ftePerJaar ?? {})) jaren.push(Number(jaar));
  const geldig = jaren.filter((j) => Number.isInteger(j) && j > 1900);
  const start = jaarUitDatum(rij.startdatum);
  const eind = jaarUitDatum(rij.einddatum);
  // The dates say it best; the years of the budget fill in a missing start or end.
  const van = start ?? (geldig.length ? Math.min(...geldig) : null);
  const tot = eind ?? (geldig.length ? Math.max(...geldig) : null);
  return van !== null && tot !== null && van > tot ? [tot, van] : [van, tot];
}

function jaarUitDatum(datum: string | null | undefined): number | null {
  if (!datum) return null;
  const m = /^(\d{4})-/.exec(datum);
  return m ? Number(m[1]) : null;
}
