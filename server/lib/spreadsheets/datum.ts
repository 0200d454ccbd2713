import { normaliseer, toon } from './normaliseer.js';
import { type Cell, fout, ok, type Parsed } from './types.js';

const MAANDEN: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, febr: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3, maa: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const DAGEN = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun) /;

/** Day 0 of Excel's 1900 date system (it counts the non-existent 29 February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAG_MS = 86_400_000;

export interface DatumOpties {
  /** A month, quarter or year without a day means its first day (begin) or its last (eind). */
  rond?: 'begin' | 'eind';
}

/**
 * A date as ISO `YYYY-MM-DD`: a date cell, an Excel serial number, or Dutch or English text
 * (`3 februari 2027`, `03-02-2027`, `3-2-27`, `2027-02-03`, `feb 2027`, `Q1 2027`, `2027`).
 * Day-first, as in the Netherlands; two-digit years below 70 are 20xx.
 */
export function parseDatum(raw: Cell | undefined, opties: DatumOpties = {}): Parsed<string> {
  const rond = opties.rond ?? 'begin';
  if (raw === null || raw === undefined) return ok(null);
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fout('ongeldige datum');
    // Spreadsheet dates carry no zone; readers give them as UTC midnight of that day.
    return valideer(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate(), raw);
  }
  if (typeof raw === 'number') return uitGetal(raw, rond);
  if (typeof raw !== 'string') return fout(`${toon(raw)} is geen datum`);
  const tekst = raw.trim();
  if (tekst === '' || tekst === '-') return ok(null);
  if (/^\d+(?:[.,]\d+)?$/.test(tekst) && !/^\d{8}$/.test(tekst)) return uitGetal(Number(tekst.replace(',', '.')), rond);
  return uitTekst(tekst, rond);
}

function uitGetal(n: number, rond: 'begin' | 'eind'): Parsed<string> {
  if (Number.isInteger(n) && n >= 1900 && n <= 2200) return periode(n, 1, 12, rond, n);
  // Serials from 1 January 1950 to 31 December 2150; anything else is not a plausible date.
  if (n >= 18264 && n <= 91675) {
    const d = new Date(EXCEL_EPOCH + Math.floor(n) * DAG_MS);
    return ok(d.toISOString().slice(0, 10));
  }
  return fout(`${toon(n)} is geen datum`);
}

function uitTekst(tekst: string, rond: 'begin' | 'eind'): Parsed<string> {
  const t = tekst.toLowerCase().replace(/\s+/g, ' ').replace(DAGEN, '').replace(/,/g, ' ').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.+z -]*)?$/.exec(t))) return valideer(+m[1]!, +m[2]!, +m[3]!, tekst);
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t))) return valideer(+m[1]!, +m[2]!, +m[3]!, tekst);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(t))) return valideer(+m[1]!, +m[2]!, +m[3]!, tekst);
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?: [\d:.]+)?$/.exec(t))) return valideer(jaar(m[3]!), +m[2]!, +m[1]!, tekst);
  if ((m = /^(\d{1,2})(?:e|ste|de)?[ .-]+([a-z]+)\.?[ -]+(\d{4}|\d{2})$/.exec(t))) {
    const maand = MAANDEN[m[2]!];
    if (maand) return valideer(jaar(m[3]!), maand, +m[1]!, tekst);
  }
  if ((m = /^([a-z]+)\.? (\d{1,2}) +(\d{4})$/.exec(t))) {
    const maand = MAANDEN[m[1]!];
    if (maand) return valideer(+m[3]!, maand, +m[2]!, tekst);
  }
  if ((m = /^([a-z]+)\.?[ -]+(\d{4}|'?\d{2})$/.exec(t))) {
    const maand = MAANDEN[m[1]!];
    if (maand) return periode(jaar(m[2]!.replace("'", '')), maand, maand, rond, tekst);
  }
  if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(t)) && +m[1]! >= 1 && +m[1]! <= 12) return periode(+m[2]!, +m[1]!, +m[1]!, rond, tekst);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t)) && +m[2]! >= 1 && +m[2]! <= 12) return periode(+m[1]!, +m[2]!, +m[2]!, rond, tekst);
  const k = normaliseer(t);
  if ((m = /^(?:q|k|kw|kwartaal) ?([1-4]) (\d{4})$/.exec(k) ?? /^(\d{4}) (?:q|k|kw|kwartaal) ?([1-4])$/.exec(k))) {
    const [kwartaal, j] = m[1]!.length === 4 ? [+m[2]!, +m[1]!] : [+m[1]!, +m[2]!];
    return periode(j, kwartaal * 3 - 2, kwartaal * 3, rond, tekst);
  }
  if ((m = /^(?:h|hj|halfjaar) ?([12]) (\d{4})$/.exec(k))) return periode(+m[2]!, +m[1]! * 6 - 5, +m[1]! * 6, rond, tekst);
  return fout(`${toon(tekst)} is geen datum (schrijf bijvoorbeeld 3-2-2027 of 3 februari 2027)`);
}

function jaar(tekst: string): number {
  const n = Number(tekst);
  if (tekst.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function periode(j: number, vanMaand: number, totMaand: number, rond: 'begin' | 'eind', raw: unknown): Parsed<string> {
  if (rond === 'begin') return valideer(j, vanMaand, 1, raw);
  return valideer(j, totMaand, dagenIn(j, totMaand), raw);
}

function dagenIn(j: number, maand: number): number {
  return new Date(Date.UTC(j, maand, 0)).getUTCDate();
}

function valideer(j: number, maand: number, dag: number, raw: unknown): Parsed<string> {
  if (j < 1900 || j > 2200 || maand < 1 || maand > 12 || dag < 1 || dag > dagenIn(j, maand)) {
    return fout(`${toon(raw)} is geen bestaande datum`);
  }
  return ok(`${String(j).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`);
}
