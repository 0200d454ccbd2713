import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Tx } from '../../db/client.js';
import { AppError, registerErrorCodes } from '../../errors.js';
import * as repo from './aansluitingen.repository.js';

registerErrorCodes({
  'idempotency-key-hergebruikt': { status: 409, title: 'Idempotency-Key al gebruikt' },
});

/**
 * Creates at most once per Idempotency-Key of a caller: the same key with the same request gives
 * the id made the first time (and the caller shows that resource as it is now); with another
 * request it is refused (409). Only the id is stored, not an answer of megabytes. `maak` prepares
 * outside the transaction (reading files, the engine) and `bewaar` writes inside it.
 */
export async function eenmalig<P>(
  ctx: ServiceContext,
  options: { sleutel: string; route: string; verzoek: unknown },
  maak: () => Promise<P>,
  bewaar: (tx: Tx, voorbereid: P) => Promise<string>,
): Promise<{ id: string; isHerhaald: boolean }> {
  const bereik = `${ctx.actor.kind === 'token' ? `token:${ctx.actor.tokenId}` : `persoon:${ctx.actor.persoonId}`} ${options.route}`;
  const verzoekHash = createHash('sha256').update(JSON.stringify(options.verzoek)).digest('hex');
  const eerder = async () => {
    const rij = await repo.findIdempotentie(ctx.db, bereik, options.sleutel);
    if (!rij) return null;
    if (rij.verzoekHash !== verzoekHash) {
      throw new AppError('idempotency-key-hergebruikt', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.');
    }
    return { id: (JSON.parse(rij.antwoord) as { id: string }).id, isHerhaald: true };
  };
  const herhaald = await eerder();
  if (herhaald) return herhaald;
  const voorbereid = await maak();
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const nieuw = await bewaar(tx, voorbereid);
      await repo.insertIdempotentie(tx, { sleutel: options.sleutel, bereik, verzoekHash, status: 201, antwoord: JSON.stringify({ id: nieuw }), createdAt: ctx.clock.now() });
      return nieuw;
    });
    return { id, isHerhaald: false };
  } catch (error) {
    // The same key at the same moment from another process: the first one counts.
    if (isUniqueViolation(error)) {
      const gelijktijdig = await eerder();
      if (gelijktijdig) return gelijktijdig;
    }
    throw error;
  }
}
