import type { OpdrachtStatus } from '../../../common/enums.js';

/** The two sides of an opdracht that act on it: the commissioning organisation and the agency. */
export type Zijde = 'opdrachtgever' | 'uitvoerder';

export interface Statusovergang {
  van: OpdrachtStatus;
  naar: OpdrachtStatus;
  /** Which side may make this transition (a beheerder may make every one). */
  door: readonly Zijde[];
}

/**
 * Every allowed status transition of an opdracht, and nothing else (STYLE.md rule 9, after
 * Amsterdam/signals' workflow). `afgerond` and `ingetrokken` are final. The agency may start the
 * work it agreed to; everything else is the commissioner's call.
 */
export const STATUSOVERGANGEN: readonly Statusovergang[] = [
  { van: 'concept', naar: 'afgesproken', door: ['opdrachtgever'] },
  { van: 'afgesproken', naar: 'in-uitvoering', door: ['opdrachtgever', 'uitvoerder'] },
  { van: 'in-uitvoering', naar: 'afgerond', door: ['opdrachtgever'] },
  { van: 'concept', naar: 'ingetrokken', door: ['opdrachtgever'] },
  { van: 'afgesproken', naar: 'ingetrokken', door: ['opdrachtgever'] },
  { van: 'in-uitvoering', naar: 'ingetrokken', door: ['opdrachtgever'] },
];

export function findStatusovergang(van: OpdrachtStatus, naar: OpdrachtStatus): Statusovergang | undefined {
  return STATUSOVERGANGEN.find((o) => o.van === van && o.naar === naar);
}

/** The statuses reachable from `van` by someone acting for one of `zijden`. */
export function volgendeStatussen(van: OpdrachtStatus, zijden: readonly Zijde[]): OpdrachtStatus[] {
  return STATUSOVERGANGEN.filter((o) => o.van === van && o.door.some((z) => zijden.includes(z))).map((o) => o.naar);
}
