/** A cell as read from a file: CSV cells are always text, xlsx cells keep their type. */
export type Cell = string | number | boolean | Date | null;

/** The fields a column can stand for (issue 4: import and aansluiting). */
export const VELDEN = [
  'kenmerk',
  'kenmerkOpdrachtgever',
  'kenmerkUitvoerder',
  'titel',
  'omschrijving',
  'opdrachtgever',
  'uitvoeringsorganisatie',
  'beleidsterrein',
  'soort',
  'status',
  'startdatum',
  'einddatum',
  'budget',
  'fte',
  'jaar',
] as const;
export type Veld = (typeof VELDEN)[number];

/** Fields that may come once per year: "Begroting 2027", "fte 2026". */
export type JaarVeld = 'budget' | 'fte';

/**
 * A mapping from a field to a column header, as given by a user or as recognised. Keys are
 * fields, or `budget.2027` / `fte.2027` for a year column; a null value leaves a field unused.
 */
export type Kolommapping = Record<string, string | null>;

export interface Kolom {
  /** 0-based position in the file. */
  index: number;
  /** Spreadsheet column letter: A, B, …, AA. */
  letter: string;
  kop: string;
  /** The mapping key the column fills (`titel`, `budget.2027`), or null when unused. */
  sleutel: string | null;
  veld: Veld | null;
  jaar: number | null;
  /** Unit from the header, e.g. 1000 for "Bedrag (x €1.000)" or "k€". */
  factor: number;
}

/** A problem with the file or a value, named by row and column, in Dutch. */
export interface Probleem {
  /** Spreadsheet row or CSV line number; the header row for mapping problems. */
  rij: number;
  /** The column header, when the problem is about one cell or column. */
  kolom: string | null;
  veld: string | null;
  code: string;
  melding: string;
}

export interface TabelRij {
  /** Spreadsheet row number (xlsx) or line number (CSV), counting from 1. */
  rij: number;
  /** Raw cell values of the mapped columns, by mapping key (`titel`, `budget.2027`). */
  values: Record<string, Cell>;
  /** All cells of the row, by column position. */
  cells: Cell[];
}

export interface Tabel {
  soort: 'xlsx' | 'csv';
  /** Row/line number of the header. */
  kopRij: number;
  headers: string[];
  kolommen: Kolom[];
  /** The mapping in effect (recognised, then overridden by the explicit mapping). */
  mapping: Record<string, string>;
  /** Headers that are not used for any field. */
  onbekend: string[];
  /** Problems with the file or the mapping (not with values: see parseRow). */
  problemen: Probleem[];
  rows: TabelRij[];
}

/** Result of a value parser: a value (null for an empty cell) or a Dutch reason. */
export type Parsed<T> = { ok: true; waarde: T | null } | { ok: false; reden: string };

export function ok<T>(waarde: T | null): Parsed<T> {
  return { ok: true, waarde };
}

export function fout<T>(reden: string): Parsed<T> {
  return { ok: false, reden };
}
