import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import { findDriehoekVanUitvoeringsorganisatie, magDriehoekWijzigen } from '../driehoeken/driehoeken.service.js';
import * as repo from './beleidsterreinen.repository.js';

export function requireBeheerder(ctx: ServiceContext): void {
  if (!ctx.actor.isBeheerder) throw forbidden('Alleen een beheerder mag dit.');
}

/**
 * Whether the caller may set the beleidsverantwoordelijke of this terrein: a beheerder, or whoever
 * may edit the driehoek of an agency that executes it (its eigenaar or coördinerend
 * opdrachtgever today), so the agency's own triangle can adopt an orphan it runs into.
 */
export async function magVerantwoordelijkeZetten(ctx: ServiceContext, db: DbOrTx, terreinId: string): Promise<boolean> {
  if (ctx.actor.isBeheerder) return true;
  if (ctx.actor.kind !== 'persoon') return false;
  for (const uitvoerder of await repo.findUitvoerders(db, [terreinId])) {
    const driehoek = await findDriehoekVanUitvoeringsorganisatie(db, uitvoerder.id);
    if (driehoek && (await magDriehoekWijzigen(ctx, db, driehoek.driehoekId))) return true;
  }
  return false;
}

export async function requireVerantwoordelijkeRecht(ctx: ServiceContext, db: DbOrTx, terreinId: string): Promise<void> {
  if (!(await magVerantwoordelijkeZetten(ctx, db, terreinId))) {
    throw forbidden(
      'Alleen een beheerder, of de eigenaar of coördinerend opdrachtgever van een driehoek waarvan de uitvoeringsorganisatie dit beleidsterrein uitvoert, mag de beleidsverantwoordelijke wijzigen.',
    );
  }
}
