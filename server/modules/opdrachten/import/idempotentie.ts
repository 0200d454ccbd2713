import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../../context.js';
import type { Tx } from '../../../db/client.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { AppError, registerErrorCodes } from '../../../errors.js';
import * as repo from './opdracht-imports.repository.js';

registerErrorCodes({
  'idempotency-key-hergebruikt': { status: 409, title: 'Idempotency-Key al gebruikt' },
});

export interface Antwoord<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  isHerhaald: boolean;
}

/** Who is asking: keys of different callers never meet. */
export function actorSleutel(ctx: ServiceContext): string {
  return ctx.actor.kind === 'token' ? `token:${ctx.actor.tokenId}` : `persoon:${ctx.actor.persoonId}`;
}

function hash(verzoek: unknown): string {
  return createHash('sha256').update(JSON.stringify(verzoek)).digest('hex');
}

async function herhaal<T>(ctx: ServiceContext, bereik: string, sleutel: string, verzoekHash: string): Promise<Antwoord<T> | null> {
  const eerder = await repo.findIdempotentie(ctx.db, bereik, sleutel);
  if (!eerder) return null;
  if (eerder.verzoekHash !== verzoekHash) {
    throw new AppError('idempotency-key-hergebruikt', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.');
  }
  return { status: eerder.status, body: JSON.parse(eerder.antwoord) as T, isHerhaald: true };
}

/**
 * Runs `voorbereiden`, then `work` in one transaction and stores its answer under the caller's key in the same
 * transaction, so the change and the key commit together. The same key with the same request
 * replays the stored answer; with another request it is refused (409). Failed requests store
 * nothing: after fixing the cause, the same key may be tried again.
 */
export async function metIdempotentie<T, P>(
  ctx: ServiceContext,
  options: { sleutel: string; route: string; verzoek: unknown },
  voorbereiden: () => Promise<P>,
  work: (tx: Tx, voorbereid: P) => Promise<{ status: number; body: T }>,
): Promise<Antwoord<T>> {
  const bereik = `${actorSleutel(ctx)} ${options.route}`;
  const verzoekHash = hash(options.verzoek);
  const eerder = await herhaal<T>(ctx, bereik, options.sleutel, verzoekHash);
  if (eerder) return eerder;
  // Work outside the transaction (reading a file, look-ups on ctx.db) happens first: the
  // embedded database runs one transaction at a time and other queries wait for it.
  const voorbereid = await voorbereiden();
  try {
    return await ctx.db.transaction(async (tx) => {
      const antwoord = await work(tx, voorbereid);
      await repo.insertIdempotentie(tx, {
        sleutel: options.sleutel,
        bereik,
        verzoekHash,
        status: antwoord.status,
        antwoord: JSON.stringify(antwoord.body),
        createdAt: ctx.clock.now(),
      });
      return { ...antwoord, isHerhaald: false };
    });
  } catch (error) {
    // The same key at the same moment from a second process: the first one's answer counts.
    if (isUniqueViolation(error)) {
      const gelijktijdig = await herhaal<T>(ctx, bereik, options.sleutel, verzoekHash);
      if (gelijktijdig) return gelijktijdig;
    }
    throw error;
  }
}
