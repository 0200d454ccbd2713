import type { OpdrachtStatus } from '../../../common/enums.js';
import type { Actor, ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import * as repo from './bevoegdheid.repository.js';
import { volgendeStatussen, type Zijde } from './statusovergangen.js';

export interface OpdrachtRechten {
  /** The sides the caller may make status transitions for. */
  zijden: Zijde[];
  magWijzigen: boolean;
  magKenmerkUitvoerderZetten: boolean;
  magVoortgangMelden: boolean;
  magVoortgangBevestigen: boolean;
}

/**
 * The role × action table of docs/rollen-en-rechten.md ("opdrachten") in one place. A beheerder
 * may do everything; a person at the commissioning side edits and acknowledges; a person at the
 * agency sets its own kenmerk, reports progress and may start agreed work; an API token of the
 * agency only reports progress. Everyone else who can see the opdracht (eigenaar,
 * procescoördinator, other commissioners of the driehoek) only reads.
 */
export function rechtenVan(actor: Actor, zijden: repo.Zijden): OpdrachtRechten {
  if (actor.isBeheerder && actor.kind !== 'token') {
    return { zijden: ['opdrachtgever', 'uitvoerder'], magWijzigen: true, magKenmerkUitvoerderZetten: true, magVoortgangMelden: true, magVoortgangBevestigen: true };
  }
  const isPersoon = actor.kind === 'persoon';
  const opdrachtgever = isPersoon && zijden.isOpdrachtgeverskant;
  const uitvoerder = isPersoon && zijden.isUitvoerderskant;
  return {
    zijden: [...(opdrachtgever ? (['opdrachtgever'] as const) : []), ...(uitvoerder ? (['uitvoerder'] as const) : [])],
    magWijzigen: opdrachtgever,
    magKenmerkUitvoerderZetten: opdrachtgever || uitvoerder,
    magVoortgangMelden: zijden.isUitvoerderskant,
    magVoortgangBevestigen: opdrachtgever,
  };
}

/** The caller's rights on an existing opdracht (visibility is checked apart). */
export async function getRechten(ctx: ServiceContext, db: DbOrTx, opdrachtId: string): Promise<OpdrachtRechten> {
  return rechtenVan(ctx.actor, await repo.findZijden(db, ctx.actor, opdrachtId));
}

/** The caller's rights on an opdracht with these values, before it is written (create, moves). */
export async function getRechtenVoor(
  ctx: ServiceContext,
  db: DbOrTx,
  values: { driehoekId: string; opdrachtgeverId: string; uitvoeringsorganisatieId: string },
): Promise<OpdrachtRechten> {
  return rechtenVan(ctx.actor, await repo.findZijdenVoor(db, ctx.actor, values));
}

export function toegestaneOvergangen(status: OpdrachtStatus, rechten: OpdrachtRechten): OpdrachtStatus[] {
  return volgendeStatussen(status, rechten.zijden);
}

/** Whether the caller holds any rol that could commission work (before looking at a row). */
export function kanOpdrachtgeverZijn(actor: Actor): boolean {
  return (actor.isBeheerder && actor.kind !== 'token') || actor.rollen.some((r) => repo.OPDRACHTGEVER_ROLLEN.includes(r.rol));
}
