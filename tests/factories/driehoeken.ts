import type { RolSoort } from '../../common/enums.js';
import type { DbOrTx } from '../../server/db/client.js';
import { sessionCookieName } from '../../server/plugins/auth.js';
import { startSessie } from '../../server/modules/sessies/sessies.service.js';
import { ORIGIN, type TestApp } from '../setup/app.js';
import { buildPersoonMetRol } from './index.js';

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

/**
 * The headers of a logged-in browser, without going through POST /sessies: a test that needs
 * many people would otherwise hit the login rate limit.
 */
export async function sessieHeaders(t: TestApp, persoonId: string): Promise<Record<string, string>> {
  const { secret } = await startSessie({ db: t.db, config: t.config, clock: t.clock }, persoonId, 'wachtwoord', undefined);
  return { cookie: `${sessionCookieName(t.config.isHttps)}=${secret}`, origin: ORIGIN };
}
