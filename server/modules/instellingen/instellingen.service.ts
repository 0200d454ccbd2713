import type { Instellingen } from '../../../common/api/instellingen.js';
import type { Config } from '../../config.js';
import type { DbOrTx } from '../../db/client.js';
import { API_VERSION } from '../../version.js';
import * as repo from './instellingen.repository.js';

export const VOORBEELDGEGEVENS = 'voorbeeldgegevens';

/** What clients need to know before login: demo data loaded, SSO available, version. */
export async function getInstellingen(db: DbOrTx, config: Config): Promise<Instellingen> {
  return {
    voorbeeldgegevens: (await repo.getWaarde<boolean>(db, VOORBEELDGEGEVENS)) === true,
    oidc: config.oidc !== undefined,
    versie: API_VERSION,
    beveiligingscontact: config.securityContact,
  };
}

export async function markeerVoorbeeldgegevens(db: DbOrTx): Promise<void> {
  await repo.setWaarde(db, VOORBEELDGEGEVENS, true);
}
