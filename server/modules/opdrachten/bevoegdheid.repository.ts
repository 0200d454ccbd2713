import { type SQL, sql } from 'drizzle-orm';
import type { RolSoort } from '../../../common/enums.js';
import type { Actor } from '../../context.js';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { opdrachten } from '../../db/schema/index.js';
import { bovenliggendeOrganisaties } from '../../db/visibility.js';

/** The columns of an opdracht the side rules look at: a table row or a row yet to be written. */
export interface OpdrachtKolommen {
  driehoekId: SQL;
  opdrachtgeverId: SQL;
  uitvoeringsorganisatieId: SQL;
}

export const opdrachtenKolommen: OpdrachtKolommen = {
  driehoekId: sql`${opdrachten.driehoekId}`,
  opdrachtgeverId: sql`${opdrachten.opdrachtgeverId}`,
  uitvoeringsorganisatieId: sql`${opdrachten.uitvoeringsorganisatieId}`,
};

/** The same columns through a table alias in raw SQL (`from opdrachten o`). */
export function kolommenVan(alias: 'o'): OpdrachtKolommen {
  return {
    driehoekId: sql.raw(`${alias}.driehoek_id`),
    opdrachtgeverId: sql.raw(`${alias}.opdrachtgever_id`),
    uitvoeringsorganisatieId: sql.raw(`${alias}.uitvoeringsorganisatie_id`),
  };
}

/** The rollen that commission work: they sit in an opdrachtgever corner (DOMAIN.md). */
export const OPDRACHTGEVER_ROLLEN: readonly RolSoort[] = ['opdrachtgever', 'coordinerend-opdrachtgever', 'adviseur'];

/** Subquery: the organisation and everything below it in the tree. */
function onderliggendeOrganisaties(organisatieId: string): SQL {
  return sql`with recursive onder(id) as (
      select id from organisaties where id = ${organisatieId}
      union
      select o.id from organisaties o join onder on o.parent_id = onder.id
    ) select id from onder`;
}

/**
 * SQL: the caller acts for the commissioning side of the opdracht. A rol counts when it is an
 * opdrachtgever, coördinerend opdrachtgever or adviseur at an opdrachtgever corner of the
 * opdracht's driehoek or below one (the coördinerend opdrachtgever without a named driehoek: only
 * at the coördinerende corner, as the driehoek's people are counted), and the opdracht's
 * opdrachtgever is that organisation or lies below it. A beheerder is no side: check that apart.
 */
export function opdrachtgeverskantSql(actor: Actor, o: OpdrachtKolommen): SQL {
  const parts = actor.rollen
    .filter((r) => OPDRACHTGEVER_ROLLEN.includes(r.rol) && r.organisatieId !== null)
    .map((r) => sql`(${r.driehoekId ? sql`${o.driehoekId} = ${r.driehoekId} and ` : sql``}${o.opdrachtgeverId} in (${onderliggendeOrganisaties(r.organisatieId!)})
      and exists (select 1 from driehoek_opdrachtgevers g
                   where g.driehoek_id = ${o.driehoekId}
                     and g.organisatie_id in (${bovenliggendeOrganisaties([r.organisatieId!])})
                     ${r.rol === 'coordinerend-opdrachtgever' && !r.driehoekId ? sql`and g.is_coordinerend` : sql``}))`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/**
 * SQL: the caller acts for the agency of the opdracht: an opdrachtnemer at the
 * uitvoeringsorganisatie or one of its onderdelen, or an API token of that organisation.
 */
export function uitvoerderskantSql(actor: Actor, o: OpdrachtKolommen): SQL {
  if (actor.kind === 'token') {
    return actor.organisatieIds.length ? sql`${o.uitvoeringsorganisatieId} in (${bovenliggendeOrganisaties(actor.organisatieIds)})` : sql`false`;
  }
  const parts = actor.rollen
    .filter((r) => r.rol === 'opdrachtnemer' && r.organisatieId !== null)
    .map((r) => sql`(${r.driehoekId ? sql`${o.driehoekId} = ${r.driehoekId} and ` : sql``}${o.uitvoeringsorganisatieId} in (${bovenliggendeOrganisaties([r.organisatieId!])}))`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export interface Zijden {
  isOpdrachtgeverskant: boolean;
  isUitvoerderskant: boolean;
}

/** Which sides of an existing opdracht the caller acts for. */
export async function findZijden(db: DbOrTx, actor: Actor, opdrachtId: string): Promise<Zijden> {
  const rows = await queryRows<{ og: boolean; uo: boolean }>(db, sql`
    select ${opdrachtgeverskantSql(actor, opdrachtenKolommen)} as og, ${uitvoerderskantSql(actor, opdrachtenKolommen)} as uo
      from opdrachten where id = ${opdrachtId}`);
  return { isOpdrachtgeverskant: rows[0]?.og === true, isUitvoerderskant: rows[0]?.uo === true };
}

/** Which sides the caller would act for on an opdracht with these values (before it is written). */
export async function findZijdenVoor(
  db: DbOrTx,
  actor: Actor,
  values: { driehoekId: string; opdrachtgeverId: string; uitvoeringsorganisatieId: string },
): Promise<Zijden> {
  const o: OpdrachtKolommen = {
    driehoekId: sql`${values.driehoekId}::uuid`,
    opdrachtgeverId: sql`${values.opdrachtgeverId}::uuid`,
    uitvoeringsorganisatieId: sql`${values.uitvoeringsorganisatieId}::uuid`,
  };
  const rows = await queryRows<{ og: boolean; uo: boolean }>(db, sql`
    select ${opdrachtgeverskantSql(actor, o)} as og, ${uitvoerderskantSql(actor, o)} as uo`);
  return { isOpdrachtgeverskant: rows[0]?.og === true, isUitvoerderskant: rows[0]?.uo === true };
}
