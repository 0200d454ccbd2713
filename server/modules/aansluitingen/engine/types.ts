/**
 * The aansluiting engine compares two lists of opdrachten (issue 4). It is pure: no database, no
 * HTTP, no clock, no randomness, so the same input always gives the same pairs, in the CLI, the
 * API and the benchmark alike.
 */

/** One row of a list, normalised by the reader: amounts in cents, dates ISO (yyyy-mm-dd). */
export interface AansluitRij {
  /** Spreadsheet row or CSV line number, or a position in the register: how the row is named. */
  rij: number;
  /** Whatever identifier the two lists share (issue 4: "kenmerk" in a reconciliation). */
  kenmerk?: string | null;
  titel: string;
  omschrijving?: string | null;
  opdrachtgever?: string | null;
  uitvoeringsorganisatie?: string | null;
  beleidsterrein?: string | null;
  soort?: string | null;
  status?: string | null;
  startdatum?: string | null;
  einddatum?: string | null;
  /** Budget per calendar year, in cents. */
  budgetPerJaar?: Record<number, number> | null;
  /** Budget over the whole looptijd (or of `jaar`), in cents, when the list gives no years. */
  budgetTotaal?: number | null;
  fte?: number | null;
  ftePerJaar?: Record<number, number> | null;
  /** The year the row is about, when the list has a year column. */
  jaar?: number | null;
}

/**
 * A reviewer's decision about a pair. `bevestigd` and `handmatig` pairs are fixed; `afgewezen`
 * pairs are never proposed again. A side is a row number, or a row key (`rijSleutel`) so that a
 * decision survives into the next aansluiting of updated lists whose row numbers moved.
 */
export interface Beslissing {
  soort: 'bevestigd' | 'afgewezen' | 'handmatig';
  links: number | string;
  rechts: number | string;
}

export interface AansluitOpties {
  /** Lowest score at which a pair is proposed (0–1). */
  drempel?: number;
  beslissingen?: readonly Beslissing[];
  /** How many candidates per row are scored in full; more is slower and rarely better. */
  kandidatenPerRij?: number;
}

/** A field that differs within a pair; amounts in cents, dates ISO, fte as a number. */
export interface Verschil {
  veld: string;
  links: string | number | null;
  rechts: string | number | null;
}

export type Herkomst = 'voorgesteld' | 'bevestigd' | 'handmatig';

export interface Koppeling {
  links: number;
  rechts: number;
  score: number;
  /** Why the rows were paired, in Dutch: "zelfde kenmerk, titel lijkt sterk (0,91)". */
  reden: string;
  herkomst: Herkomst;
  verschillen: Verschil[];
}

export interface AansluitResultaat {
  gekoppeld: Koppeling[];
  alleenLinks: number[];
  alleenRechts: number[];
  /** 2 × pairs ÷ (rows left + rows right); 1 when both lists are empty. */
  volledigheid: number;
}

export const STANDAARD_DREMPEL = 0.6;
export const STANDAARD_KANDIDATEN = 12;
