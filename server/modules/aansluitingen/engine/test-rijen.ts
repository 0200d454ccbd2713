import type { AansluitRij } from './types.js';

/** A row for engine tests: an agency and a budget unless overridden. */
export function rij(nummer: number, titel: string, velden: Partial<AansluitRij> = {}): AansluitRij {
  return { rij: nummer, titel, uitvoeringsorganisatie: 'UWV', ...velden };
}

/** The pairs of a result as "left→right", for short assertions. */
export function paren(resultaat: { gekoppeld: { links: number; rechts: number }[] }): string[] {
  return resultaat.gekoppeld.map((k) => `${k.links}→${k.rechts}`);
}
