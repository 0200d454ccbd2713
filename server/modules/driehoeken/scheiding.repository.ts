import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

export interface ScheidingRow {
  driehoek_id: string;
  soort: 'zelfde-organisatie' | 'zelfde-persoon';
  organisatie_id: string | null;
  organisatie_naam: string | null;
  persoon_id: string | null;
  persoon_naam: string | null;
}

/**
 * Breaches of the separation of owner and commissioner (DOMAIN.md) for the given driehoeken
 * (all when `driehoekIds` is undefined): the eigenaar corner is also an opdrachtgever corner,
 * or one person holds, on `today`, an eigenaar role and an opdrachtgever role in the driehoek.
 * A role counts for a driehoek when it names that driehoek, or names none and sits at the
 * corner organisation or below it.
 */
export async function findScheidingsbreuken(db: DbOrTx, today: string, driehoekIds?: string[]): Promise<ScheidingRow[]> {
  const filter = driehoekIds ? sql`where id = any(${sql.param(driehoekIds)}::uuid[])` : sql``;
  return queryRows<ScheidingRow>(db, sql`
    with recursive
    d as (select id, eigenaar_id from driehoeken ${filter}),
    hoeken as (
      select d.id as driehoek_id, 'eigenaar'::text as hoek, d.eigenaar_id as organisatie_id from d
      union all
      select g.driehoek_id, 'opdrachtgever', g.organisatie_id from driehoek_opdrachtgevers g join d on d.id = g.driehoek_id
    ),
    onder(driehoek_id, hoek, organisatie_id) as (
      select driehoek_id, hoek, organisatie_id from hoeken
      union
      select o2.driehoek_id, o2.hoek, o.id from organisaties o join onder o2 on o.parent_id = o2.organisatie_id
    ),
    actief as (
      select * from rollen r
       where r.geldig_van <= ${today}::date and (r.geldig_tot is null or r.geldig_tot >= ${today}::date)
    ),
    in_hoek as (
      select distinct o.driehoek_id, o.hoek, r.persoon_id
        from actief r join onder o on o.organisatie_id = r.organisatie_id
       where (r.driehoek_id is null or r.driehoek_id = o.driehoek_id)
         and ((o.hoek = 'eigenaar' and r.rol = 'eigenaar')
           or (o.hoek = 'opdrachtgever' and r.rol in ('opdrachtgever', 'coordinerend-opdrachtgever')))
    )
    select d.id as driehoek_id, 'zelfde-organisatie' as soort, org.id as organisatie_id, org.naam as organisatie_naam,
           null::uuid as persoon_id, null::text as persoon_naam
      from d join driehoek_opdrachtgevers g on g.driehoek_id = d.id and g.organisatie_id = d.eigenaar_id
      join organisaties org on org.id = d.eigenaar_id
    union all
    select e.driehoek_id, 'zelfde-persoon', null, null, p.id, p.naam
      from in_hoek e
      join in_hoek og on og.driehoek_id = e.driehoek_id and og.persoon_id = e.persoon_id and og.hoek = 'opdrachtgever'
      join personen p on p.id = e.persoon_id
     where e.hoek = 'eigenaar'
    order by 1, 2`);
}
