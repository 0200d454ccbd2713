import { API_TOKEN_PREFIX } from '../../common/api/api-tokens.js';
import type { DbOrTx } from '../../server/db/client.js';
import { apiTokens } from '../../server/db/schema/index.js';
import { newId } from '../../server/lib/ids.js';
import { hashSecret, newSecret } from '../../server/modules/sessies/tokens.js';

let counter = 0;

/**
 * An API token of an organisation, stored as the app stores it (hashed); returns the row and
 * the token to send as `Authorization: Bearer`.
 */
export async function buildApiToken(
  db: DbOrTx,
  values: Partial<typeof apiTokens.$inferInsert> & { organisatieId: string },
) {
  const token = newSecret(API_TOKEN_PREFIX);
  const rows = await db
    .insert(apiTokens)
    .values({ id: newId(), naam: `Koppeling ${++counter}`, tokenHash: hashSecret(token), prefix: token.slice(0, 11), ...values })
    .returning();
  return { row: rows[0]!, token, headers: { authorization: `Bearer ${token}` } };
}

/** Shorthand: the Authorization header of a new token of the organisation. */
export async function buildApiTokenHeaders(db: DbOrTx, organisatieId: string): Promise<Record<string, string>> {
  return (await buildApiToken(db, { organisatieId })).headers;
}
