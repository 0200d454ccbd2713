import type { Config } from '../../config.js';
import type { Actor, Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { persoonActor, tokenActor } from './actor.js';
import * as repo from './sessies.repository.js';
import { hashSecret, newSecret } from './tokens.js';
import { verifyWachtwoord } from './wachtwoord.js';

export interface SessieDeps {
  db: Db;
  config: Config;
  clock: Clock;
}

export interface ResolvedSessie {
  actor: Actor;
  sessieId: string;
}

/** Finds the live session of a cookie secret, refreshing its idle timer at most once a minute. */
export async function resolveSessie(deps: SessieDeps, secret: string): Promise<ResolvedSessie | null> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000);
  const row = await repo.findLiveSessie(deps.db, hashSecret(secret), idleSince, amsterdamToday(now));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) await repo.touchSessie(deps.db, row.sessieId, now);
  return { actor: persoonActor(row.persoonId, row.naam, row.rollen), sessieId: row.sessieId };
}

/** Finds the organisation-scoped actor of an API token that is not revoked. */
export async function resolveApiToken(deps: SessieDeps, secret: string): Promise<Actor | null> {
  const token = await repo.findActiveApiToken(deps.db, hashSecret(secret));
  if (!token) return null;
  await repo.touchApiToken(deps.db, token.id, deps.clock.now());
  return tokenActor(token.id, token.naam, token.organisatieId);
}

/**
 * Starts a session for a person who proved who they are (password or OIDC). A new secret
 * every time, so a session id planted before login is worthless (rotation at login).
 */
export async function startSessie(
  deps: SessieDeps,
  persoonId: string,
  via: 'wachtwoord' | 'oidc',
  requestId: string | undefined,
): Promise<{ secret: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await repo.insertSessie(tx, { id, tokenHash: hashSecret(secret), persoonId, via, createdAt: now, expiresAt });
    await recordAudit(tx, {
      actor: { persoonId, naam: 'aanmelding' },
      actie: 'aangemeld',
      entiteit: 'sessie',
      entiteitId: id,
      requestId,
      tijdstip: now,
      na: { via },
    });
  });
  return { secret, expiresAt };
}

/** Logs in with e-mail and password; a wrong combination and an unknown or disabled person look the same. */
export async function loginMetWachtwoord(
  deps: SessieDeps,
  email: string,
  wachtwoord: string,
  requestId: string | undefined,
): Promise<{ secret: string; expiresAt: Date }> {
  const persoon = await repo.findPersoonVoorAanmelding(deps.db, email);
  const isValid = await verifyWachtwoord(persoon?.isActief ? persoon.wachtwoordHash : null, wachtwoord);
  if (!persoon || !isValid) {
    throw new AppError('aanmelding-mislukt', 'De combinatie van e-mailadres en wachtwoord is onjuist.');
  }
  return startSessie(deps, persoon.id, 'wachtwoord', requestId);
}

export async function logout(deps: SessieDeps, sessieId: string): Promise<void> {
  await repo.deleteSessie(deps.db, sessieId);
}

export async function purgeVerlopenSessies(deps: SessieDeps): Promise<number> {
  const now = deps.clock.now();
  return repo.deleteVerlopenSessies(deps.db, now, new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000));
}

/** Ends every session of a person (disabled account, role change by CLI). */
export async function endSessiesVanPersoon(db: Db, persoonId: string): Promise<void> {
  await repo.deleteSessiesVanPersoon(db, persoonId);
}
