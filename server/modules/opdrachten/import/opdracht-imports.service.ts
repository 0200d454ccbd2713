import type { Clock } from '../../../context.js';
import type { Db } from '../../../db/client.js';
import * as repo from './opdracht-imports.repository.js';

// Importing opdrachten from spreadsheets in two steps: preview, then commit (docs/import.md).
export { createOpdrachtImport, getOpdrachtImport } from './voorvertoning.js';
export { createImportUitvoering } from './uitvoering.js';

/** How long an answer stays replayable under its Idempotency-Key. */
const IDEMPOTENTIE_BEWAREN_MS = 7 * 24 * 60 * 60 * 1000;

/** Sweeps expired previews (with their files) and old Idempotency-Keys; safe to run anywhere at once. */
export async function purgeVerlopenImports(deps: { db: Db; clock: Clock }) {
  const now = deps.clock.now();
  const imports = await repo.deleteVerlopenImports(deps.db, now);
  const sleutels = await repo.deleteOudeIdempotentie(deps.db, new Date(now.getTime() - IDEMPOTENTIE_BEWAREN_MS));
  return { imports, sleutels };
}
