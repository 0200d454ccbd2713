import type { ServiceContext } from '../../../context.js';
import type { DbOrTx } from '../../../db/client.js';
import { forbidden, invalid } from '../../../errors.js';
import { findDriehoekVanUitvoeringsorganisatie } from '../../driehoeken/driehoeken.service.js';
import { getOrganisatieRows } from '../../organisaties/organisaties.service.js';
import { getRechtenVoor } from '../opdrachten.service.js';

/**
 * Only who may register opdrachten in the agency's driehoek imports its lists: a beheerder, or
 * a person whose rol lets them commission there (the register's own rule, per organisation of
 * the caller). Each row is checked again against its own opdrachtgever.
 */
export async function checkMagImporteren(ctx: ServiceContext, db: DbOrTx, uitvoeringsorganisatieId: string): Promise<string> {
  const [organisatie] = await getOrganisatieRows(db, [uitvoeringsorganisatieId]);
  if (!organisatie) throw invalid([{ name: 'uitvoeringsorganisatieId', code: 'onbekend', reason: 'deze organisatie bestaat niet' }]);
  const hoeken = await findDriehoekVanUitvoeringsorganisatie(db, uitvoeringsorganisatieId);
  if (!hoeken) {
    throw invalid([{ name: 'uitvoeringsorganisatieId', code: 'geen-driehoek', reason: `${organisatie.naam} heeft (nog) geen driehoek; leg die eerst vast` }]);
  }
  if (ctx.actor.isBeheerder && ctx.actor.kind !== 'token') return hoeken.driehoekId;
  const eigen = [...new Set(ctx.actor.rollen.map((r) => r.organisatieId).filter((id): id is string => id !== null))];
  for (const opdrachtgeverId of eigen) {
    const rechten = await getRechtenVoor(ctx, db, { driehoekId: hoeken.driehoekId, opdrachtgeverId, uitvoeringsorganisatieId });
    if (rechten.magWijzigen) return hoeken.driehoekId;
  }
  throw forbidden(`Alleen een beheerder, of een opdrachtgever, coördinerend opdrachtgever of adviseur in de driehoek van ${organisatie.naam}, importeert opdrachten voor deze uitvoeringsorganisatie.`);
}
