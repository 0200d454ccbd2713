import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { forbidden, invalid, notFound, registerErrorCodes } from '../../errors.js';
import * as repo from './aansluitingen.repository.js';

registerErrorCodes({
  'aansluiting-niet-gevonden': { status: 404, title: 'Aansluiting niet gevonden' },
  'koppeling-niet-voorgesteld': { status: 409, title: 'Deze rijen zijn niet gekoppeld' },
  'rij-al-gekoppeld': { status: 409, title: 'Rij al vast gekoppeld' },
});

export const aansluitingNietGevonden = () => notFound('aansluiting-niet-gevonden');

/**
 * The driehoek of a new aansluiting, when the caller may work in it: a beheerder, or whoever sees
 * its opdrachten (a rol at a corner or below one, or in the driehoek itself). Driehoeken are
 * reference data every logged-in user sees, so a refusal is 403, not 404.
 */
export async function checkMagAansluiten(ctx: ServiceContext, db: DbOrTx, driehoekId: string) {
  const driehoek = await repo.findDriehoekToegang(db, driehoekId, ctx.actor);
  if (!driehoek) throw invalid([{ name: 'driehoekId', code: 'onbekend', reason: 'deze driehoek bestaat niet' }]);
  if (!driehoek.isZichtbaar) {
    throw forbidden('Alleen wie een rol heeft in deze driehoek (opdrachtgever, opdrachtnemer, eigenaar of procescoördinator), of een beheerder, maakt er een aansluiting.');
  }
  return driehoek;
}

/** The aansluiting when the caller may see it; 404 otherwise (unknown and invisible look alike). */
export async function requireZichtbareAansluiting(ctx: ServiceContext, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repo.findAansluiting(db, id, repo.zichtbaarSql(ctx.actor), options);
  if (!row) throw aansluitingNietGevonden();
  return row;
}
