import type { VoortgangFrequentie } from '../../../common/enums.js';

/**
 * Reporting periods of voortgangsmeldingen as pure calendar arithmetic on ISO dates (the dates
 * are Europe/Amsterdam calendar days; the caller turns "now" into one with amsterdamToday).
 * Written as '2026-11' (maand), '2026-K4' (kwartaal) and '2026-H2' (halfjaar).
 */
export interface Periode {
  jaar: number;
  frequentie: VoortgangFrequentie;
  /** Month 1–12, quarter 1–4 or half 1–2. */
  nummer: number;
}

const PER_JAAR: Record<VoortgangFrequentie, number> = { maand: 12, kwartaal: 4, halfjaar: 2 };
const MAANDEN: Record<VoortgangFrequentie, number> = { maand: 1, kwartaal: 3, halfjaar: 6 };

export function parsePeriode(tekst: string): Periode | null {
  const match = /^(\d{4})-(?:(0[1-9]|1[0-2])|K([1-4])|H([12]))$/.exec(tekst);
  if (!match) return null;
  const jaar = Number(match[1]);
  if (match[2]) return { jaar, frequentie: 'maand', nummer: Number(match[2]) };
  if (match[3]) return { jaar, frequentie: 'kwartaal', nummer: Number(match[3]) };
  return { jaar, frequentie: 'halfjaar', nummer: Number(match[4]) };
}

export function formatPeriode(p: Periode): string {
  if (p.frequentie === 'maand') return `${p.jaar}-${String(p.nummer).padStart(2, '0')}`;
  return `${p.jaar}-${p.frequentie === 'kwartaal' ? 'K' : 'H'}${p.nummer}`;
}

/** The period of the given frequency that contains `datum` (YYYY-MM-DD). */
export function periodeVanDatum(datum: string, frequentie: VoortgangFrequentie): Periode {
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7));
  return { jaar, frequentie, nummer: Math.floor((maand - 1) / MAANDEN[frequentie]) + 1 };
}

export function vorigePeriode(p: Periode): Periode {
  return p.nummer > 1 ? { ...p, nummer: p.nummer - 1 } : { ...p, jaar: p.jaar - 1, nummer: PER_JAAR[p.frequentie] };
}

function laatsteDag(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/** First and last calendar day of a period, as YYYY-MM-DD. */
export function periodeGrenzen(p: Periode): { start: string; eind: string } {
  const eersteMaand = (p.nummer - 1) * MAANDEN[p.frequentie] + 1;
  const laatsteMaand = eersteMaand + MAANDEN[p.frequentie] - 1;
  const mm = (m: number) => String(m).padStart(2, '0');
  return {
    start: `${p.jaar}-${mm(eersteMaand)}-01`,
    eind: `${p.jaar}-${mm(laatsteMaand)}-${String(laatsteDag(p.jaar, laatsteMaand)).padStart(2, '0')}`,
  };
}

/** The most recent period that has ended before `vandaag`: the one a check-in is now due for. */
export function laatsteAfgerondePeriode(vandaag: string, frequentie: VoortgangFrequentie): Periode {
  return vorigePeriode(periodeVanDatum(vandaag, frequentie));
}

/** Whether the period has begun on `vandaag` (reporting on the current period is allowed, on a future one not). */
export function isBegonnen(p: Periode, vandaag: string): boolean {
  return periodeGrenzen(p).start <= vandaag;
}
