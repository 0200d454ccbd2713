import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../context.js';

/**
 * The one visibility rule for driehoek-scoped data (ARCHITECTURE.md "Security and privacy"),
 * as SQL so list queries filter in the database. An item is visible to:
 * - a beheerder (everything);
 * - anyone acting from an organisation that is a corner of the item's driehoek or lies below a
 *   corner in the tree (a directie under an opdrachtgever DG, an onderdeel of the agency);
 * - anyone holding a role in that driehoek explicitly (e.g. the procescoördinator);
 * - an organisation the item is explicitly assigned to, or anyone below it (`toegewezenAan`).
 * A lezer acts from no organisation here: they see aggregates, not items.
 */
export function zichtbaarVoor(
  actor: Actor,
  driehoekId: AnyPgColumn | SQL,
  options: { toegewezenAan?: (AnyPgColumn | SQL)[] } = {},
): SQL {
  if (actor.isBeheerder) return sql`true`;
  if (actor.organisatieIds.length === 0 && actor.driehoekIds.length === 0) return sql`false`;
  const conditions: SQL[] = [sql`${driehoekId} in (${zichtbareDriehoekIds(actor)})`];
  for (const column of options.toegewezenAan ?? []) {
    conditions.push(sql`${column} in (${bovenliggendeOrganisaties(actor.organisatieIds)})`);
  }
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** Subquery: the ids of the driehoeken the actor may see items of. */
export function zichtbareDriehoekIds(actor: Actor): SQL {
  if (actor.isBeheerder) return sql`select id from driehoeken`;
  return sql`select d.id from driehoeken d
    where d.id = any(${sql.param(actor.driehoekIds)}::uuid[])
       or d.uitvoeringsorganisatie_id in (${bovenliggendeOrganisaties(actor.organisatieIds)})
       or d.eigenaar_id in (${bovenliggendeOrganisaties(actor.organisatieIds)})
       or exists (select 1 from driehoek_opdrachtgevers g
                   where g.driehoek_id = d.id
                     and g.organisatie_id in (${bovenliggendeOrganisaties(actor.organisatieIds)}))`;
}

/** Subquery: the given organisations and every organisation above them in the tree. */
export function bovenliggendeOrganisaties(organisatieIds: string[]): SQL {
  return sql`with recursive boven(id, parent_id) as (
      select id, parent_id from organisaties where id = any(${sql.param(organisatieIds)}::uuid[])
      union
      select o.id, o.parent_id from organisaties o join boven b on o.id = b.parent_id
    ) select id from boven`;
}
