import type { RolSoort } from '../common/enums.js';
import type { Db } from './db/client.js';

export interface ActorRol {
  rolId: string;
  rol: RolSoort;
  organisatieId: string | null;
  driehoekId: string | null;
}

/** Who is acting: a logged-in person, an agency system with an API token, or the system itself. */
export interface Actor {
  kind: 'persoon' | 'token' | 'systeem';
  persoonId: string | null;
  naam: string;
  /** Roles valid today (Europe/Amsterdam). */
  rollen: ActorRol[];
  isBeheerder: boolean;
  /** Organisations the actor acts from: those of its roles in a corner, or the token's organisation. */
  organisatieIds: string[];
  /** Driehoeken the actor holds a role in explicitly (e.g. a procescoördinator). */
  driehoekIds: string[];
  tokenId?: string;
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every service call gets: the database, who acts, for which request, and the time. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  requestId: string | undefined;
  clock: Clock;
}

export function systemActor(naam = 'systeem'): Actor {
  return {
    kind: 'systeem',
    persoonId: null,
    naam,
    rollen: [],
    isBeheerder: true,
    organisatieIds: [],
    driehoekIds: [],
  };
}

export function hasRol(actor: Actor, rol: RolSoort): boolean {
  return actor.rollen.some((r) => r.rol === rol);
}
