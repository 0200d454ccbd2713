import type { RolSoort } from '../../common/enums.js';
import type { DbOrTx } from '../../server/db/client.js';
import { apiTokens } from '../../server/db/schema/index.js';
import { newId } from '../../server/lib/ids.js';
import { hashSecret, newSecret } from '../../server/modules/sessies/tokens.js';
import { buildPersoonMetRol } from './index.js';

/** An API token of an organisation; returns the Authorization header an agency system sends. */
export async function buildApiTokenHeaders(db: DbOrTx, organisatieId: string): Promise<Record<string, string>> {
  const secret = newSecret('dh_');
  await db.insert(apiTokens).values({ id: newId(), naam: 'Testkoppeling', organisatieId, tokenHash: hashSecret(secret), prefix: secret.slice(0, 8) });
  return { authorization: `Bearer ${secret}` };
}

/** A person with one rol at an organisation (optionally naming a driehoek), valid since 2020. */
export async function buildRolhouder(
  db: DbOrTx,
  rol: RolSoort,
  organisatieId: string | null,
  options: { driehoekId?: string; geldigVan?: string; geldigTot?: string; naam?: string } = {},
) {
  const { naam, ...rolValues } = options;
  return buildPersoonMetRol(db, rol, { organisatieId, ...rolValues }, naam ? { naam } : {});
}
