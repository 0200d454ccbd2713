import type { OpdrachtSoort, OpdrachtStatus } from '../../../common/enums.js';
import { normaliseer, toon } from './normaliseer.js';
import { type Cell, fout, ok, type Parsed } from './types.js';

const SOORT_WOORDEN: Record<OpdrachtSoort, string[]> = {
  'staande-taak': ['staande taak', 'staand', 'staande taken', 'reguliere taak', 'regulier', 'lijn', 'lijntaak', 'reguliere uitvoering', 'structureel', 'standing task', 'regular', 'recurring'],
  wijziging: ['wijziging', 'wijzigingen', 'wijzigingsopdracht', 'verandering', 'aanpassing', 'change', 'change request', 'rfc'],
  wetgeving: ['wetgeving', 'wet', 'wetgevingstraject', 'regelgeving', 'wetswijziging', 'implementatie wetgeving', 'legislation', 'law'],
  project: ['project', 'projecten', 'programma', 'programme', 'program', 'incidenteel'],
  overig: ['overig', 'overige', 'anders', 'other', 'onbekend'],
};

const STATUS_WOORDEN: Record<OpdrachtStatus, string[]> = {
  concept: ['concept', 'ontwerp', 'voorstel', 'in voorbereiding', 'voorbereiding', 'nieuw', 'draft', 'proposed', 'idee'],
  afgesproken: ['afgesproken', 'vastgesteld', 'akkoord', 'goedgekeurd', 'overeengekomen', 'gegund', 'agreed', 'approved'],
  'in-uitvoering': ['in uitvoering', 'uitvoering', 'lopend', 'loopt', 'actief', 'gestart', 'in behandeling', 'onderhanden', 'in progress', 'active', 'ongoing', 'running'],
  afgerond: ['afgerond', 'gereed', 'klaar', 'voltooid', 'afgesloten', 'opgeleverd', 'beeindigd', 'done', 'completed', 'finished', 'closed'],
  ingetrokken: ['ingetrokken', 'vervallen', 'geannuleerd', 'gestopt', 'geschrapt', 'afgeblazen', 'cancelled', 'canceled', 'withdrawn'],
};

function woordenboek<T extends string>(woorden: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [waarde, lijst] of Object.entries(woorden) as [T, string[]][]) {
    map.set(normaliseer(waarde), waarde);
    for (const w of lijst) map.set(normaliseer(w), waarde);
  }
  return map;
}
const SOORTEN = woordenboek(SOORT_WOORDEN);
const STATUSSEN = woordenboek(STATUS_WOORDEN);

/** Text of a cell, trimmed; numbers as written, dates as ISO; empty is null. */
export function parseTekst(raw: Cell | undefined): Parsed<string> {
  if (raw === null || raw === undefined) return ok(null);
  if (raw instanceof Date) return ok(Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10));
  const tekst = String(raw).replace(/\s+/g, ' ').trim();
  return ok(tekst === '' ? null : tekst);
}

/** The soort of an opdracht from Dutch or English words ("staande taak", "Wetgeving", "project"). */
export function parseSoort(raw: Cell | undefined): Parsed<OpdrachtSoort> {
  return uitWoordenboek(raw, SOORTEN, 'soort', 'staande taak, wijziging, wetgeving, project of overig');
}

/** The status of an opdracht from Dutch or English words ("in uitvoering", "lopend", "afgerond"). */
export function parseStatus(raw: Cell | undefined): Parsed<OpdrachtStatus> {
  return uitWoordenboek(raw, STATUSSEN, 'status', 'concept, afgesproken, in uitvoering, afgerond of ingetrokken');
}

function uitWoordenboek<T>(raw: Cell | undefined, map: Map<string, T>, wat: string, keuzes: string): Parsed<T> {
  const tekst = parseTekst(raw);
  if (!tekst.ok || tekst.waarde === null) return tekst as Parsed<T>;
  const waarde = map.get(normaliseer(tekst.waarde));
  return waarde === undefined ? fout(`${toon(tekst.waarde)} is geen bekende ${wat}; kies uit ${keuzes}`) : ok(waarde);
}

/** Full-time equivalents with a decimal comma or point ("1,5", "0.8 fte"), to one decimal. */
export function parseFte(raw: Cell | undefined): Parsed<number> {
  if (raw === null || raw === undefined) return ok(null);
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const s = raw.trim().toLowerCase().replace(/\s*fte$/, '').replace(/\s+/g, '');
    if (s === '' || s === '-') return ok(null);
    if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return fout(`${toon(raw)} is geen aantal fte`);
    n = Number(s.replace(',', '.'));
  } else return fout(`${toon(raw)} is geen aantal fte`);
  if (!Number.isFinite(n) || n < 0) return fout(`${toon(raw)}: fte kan niet negatief zijn`);
  if (n > 100_000) return fout(`${toon(raw)} is te veel fte`);
  return ok(Math.round(n * 10) / 10);
}

/** A calendar year between 1990 and 2100 ("2027", 2027, or a date cell). */
export function parseJaar(raw: Cell | undefined): Parsed<number> {
  if (raw === null || raw === undefined) return ok(null);
  if (raw instanceof Date) return ok(raw.getUTCFullYear());
  const tekst = String(raw).trim();
  if (tekst === '') return ok(null);
  const m = /^(?:jaar\s*)?(\d{4})$/i.exec(tekst);
  const jaar = m ? Number(m[1]) : NaN;
  if (!(jaar >= 1990 && jaar <= 2100)) return fout(`${toon(raw)} is geen jaartal tussen 1990 en 2100`);
  return ok(jaar);
}

/** An identifier as text: a number cell 12345 becomes "12345", not "12345.0". */
export function parseKenmerk(raw: Cell | undefined): Parsed<string> {
  if (typeof raw === 'number' && Number.isInteger(raw)) return ok(String(raw));
  const tekst = parseTekst(raw);
  if (tekst.ok && tekst.waarde !== null && tekst.waarde.length > 100) return fout(`${toon(tekst.waarde)} is te lang voor een kenmerk (hoogstens 100 tekens)`);
  return tekst;
}
