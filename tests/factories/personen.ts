import { apiTokens } from '../../server/db/schema/index.js';
import type { DbOrTx } from '../../server/db/client.js';
import { newId } from '../../server/lib/ids.js';
import { hashSecret, newSecret } from '../../server/modules/sessies/tokens.js';

/** An API token of an organisation; returns the headers an agency system would send. */
export async function buildApiTokenHeaders(db: DbOrTx, organisatieId: string): Promise<Record<string, string>> {
  const secret = newSecret('dh_');
  await db.insert(apiTokens).values({ id: newId(), naam: 'Testkoppeling', organisatieId, tokenHash: hashSecret(secret), prefix: secret.slice(0, 8) });
  return { authorization: `Bearer ${secret}` };
}
