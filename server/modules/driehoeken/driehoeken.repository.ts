import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { driehoekOpdrachtgevers, driehoeken, personen } from '../../db/schema/index.js';
import { likePattern, offsetOf, type PageRequest } from '../../lib/paging.js';

export type DriehoekRow = typeof driehoeken.$inferSelect;
export type DriehoekInsert = typeof driehoeken.$inferInsert;

export interface DriehoekFilter {
  q?: string | undefined;
  organisatieId?: string | undefined;
  /** With `gewaarschuwdeIds` (driehoeken with a breach today): flagged ones are those without an exception. */
  heeftScheidingWaarschuwing?: boolean | undefined;
  gewaarschuwdeIds?: string[] | undefined;
  /** Subquery of driehoek ids the caller holds a rol in. */
  mijn?: SQL | undefined;
}

const agency = sql`(select coalesce(o.afkorting, o.naam) from organisaties o where o.id = ${driehoeken.uitvoeringsorganisatieId})`;
const sortColumns: Record<string, SQL> = {
  naam: sql`lower(${agency})`,
  createdAt: sql`${driehoeken.createdAt}`,
  updatedAt: sql`${driehoeken.updatedAt}`,
};

function whereOf(filter: DriehoekFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`exists (select 1 from organisaties o where o.id = ${driehoeken.uitvoeringsorganisatieId}
      and (o.naam ilike ${pattern} or o.afkorting ilike ${pattern}))`);
  }
  if (filter.organisatieId) {
    const id = filter.organisatieId;
    conditions.push(sql`(${driehoeken.uitvoeringsorganisatieId} = ${id} or ${driehoeken.eigenaarId} = ${id}
      or exists (select 1 from driehoek_opdrachtgevers g where g.driehoek_id = ${driehoeken.id} and g.organisatie_id = ${id}))`);
  }
  if (filter.heeftScheidingWaarschuwing !== undefined) {
    const flagged = sql`(${driehoeken.id} = any(${sql.param(filter.gewaarschuwdeIds ?? [])}::uuid[])
      and ${driehoeken.scheidingUitzonderingReden} is null)`;
    conditions.push(filter.heeftScheidingWaarschuwing ? flagged : sql`not ${flagged}`);
  }
  if (filter.mijn) conditions.push(sql`${driehoeken.id} in (${filter.mijn})`);
  return conditions.length ? and(...conditions) : undefined;
}

function orderOf(sort: string | undefined): SQL[] {
  const clauses: SQL[] = [];
  for (const part of (sort ?? 'naam').split(',').filter(Boolean)) {
    const isDesc = part.startsWith('-');
    const column = sortColumns[isDesc ? part.slice(1) : part];
    if (column) clauses.push(isDesc ? sql`${column} desc` : sql`${column} asc`);
  }
  clauses.push(sql`${driehoeken.id} asc`);
  return clauses;
}

export async function listDriehoeken(db: DbOrTx, filter: DriehoekFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    db.select().from(driehoeken).where(where).orderBy(...orderOf(page.sort)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: sql<number>`count(*)::int` }).from(driehoeken).where(where),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

export async function findDriehoek(db: DbOrTx, id: string): Promise<DriehoekRow | null> {
  const rows = await db.select().from(driehoeken).where(eq(driehoeken.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Locks the row for the rest of the transaction, so concurrent edits of the corners serialise. */
export async function findDriehoekForUpdate(db: DbOrTx, id: string): Promise<DriehoekRow | null> {
  const rows = await db.select().from(driehoeken).where(eq(driehoeken.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function findByUitvoeringsorganisatie(db: DbOrTx, organisatieId: string): Promise<DriehoekRow | null> {
  const rows = await db.select().from(driehoeken).where(eq(driehoeken.uitvoeringsorganisatieId, organisatieId)).limit(1);
  return rows[0] ?? null;
}

export interface OpdrachtgeverRow {
  driehoekId: string;
  organisatieId: string;
  isCoordinerend: boolean;
}

export async function findOpdrachtgevers(db: DbOrTx, driehoekIds: string[]): Promise<OpdrachtgeverRow[]> {
  if (driehoekIds.length === 0) return [];
  return db
    .select()
    .from(driehoekOpdrachtgevers)
    .where(sql`${driehoekOpdrachtgevers.driehoekId} = any(${sql.param(driehoekIds)}::uuid[])`);
}

export async function replaceOpdrachtgevers(db: DbOrTx, driehoekId: string, rows: Omit<OpdrachtgeverRow, 'driehoekId'>[]) {
  await db.delete(driehoekOpdrachtgevers).where(eq(driehoekOpdrachtgevers.driehoekId, driehoekId));
  if (rows.length) await db.insert(driehoekOpdrachtgevers).values(rows.map((r) => ({ ...r, driehoekId })));
}

export async function insertDriehoek(db: DbOrTx, row: DriehoekInsert): Promise<DriehoekRow> {
  const rows = await db.insert(driehoeken).values(row).returning();
  return rows[0]!;
}

/** Updates when the version still matches; null when it does not (or the row is gone). */
export async function updateDriehoek(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<DriehoekInsert>,
  now: Date,
): Promise<DriehoekRow | null> {
  const rows = await db
    .update(driehoeken)
    .set({ ...changes, version: sql`${driehoeken.version} + 1`, updatedAt: now })
    .where(and(eq(driehoeken.id, id), eq(driehoeken.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteDriehoek(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(driehoeken)
    .where(and(eq(driehoeken.id, id), eq(driehoeken.version, expectedVersion)))
    .returning({ id: driehoeken.id });
  return rows.length > 0;
}

export async function findPersoonNamen(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: personen.id, naam: personen.naam })
    .from(personen)
    .where(sql`${personen.id} = any(${sql.param(ids)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.naam]));
}

export interface DriehoekPersoonRow {
  hoek: 'eigenaar' | 'opdrachtgever' | 'opdrachtnemer' | 'procescoordinator';
  persoon_id: string;
  naam: string;
  rol_id: string;
  rol: string;
  organisatie_id: string | null;
  organisatie_naam: string | null;
}

/**
 * The people of a driehoek on `today`: rollen that name this driehoek, or name none and sit at
 * the corner of their kind or below it (DOMAIN.md). The procescoördinator only by name.
 */
export async function findDriehoekPersonen(db: DbOrTx, driehoekId: string, today: string): Promise<DriehoekPersoonRow[]> {
  return queryRows<DriehoekPersoonRow>(db, sql`
    with recursive
    hoeken as (
      select 'eigenaar'::text as hoek, d.eigenaar_id as organisatie_id, false as is_coordinerend from driehoeken d where d.id = ${driehoekId}
      union all
      select 'opdrachtnemer', d.uitvoeringsorganisatie_id, false from driehoeken d where d.id = ${driehoekId}
      union all
      select 'opdrachtgever', g.organisatie_id, g.is_coordinerend from driehoek_opdrachtgevers g where g.driehoek_id = ${driehoekId}
    ),
    onder(hoek, organisatie_id, is_coordinerend) as (
      select hoek, organisatie_id, is_coordinerend from hoeken
      union
      select o2.hoek, o.id, o2.is_coordinerend from organisaties o join onder o2 on o.parent_id = o2.organisatie_id
    ),
    rol_hoek as (
      select r.*, case
          when r.rol = 'eigenaar' then 'eigenaar'
          when r.rol in ('opdrachtgever', 'coordinerend-opdrachtgever', 'adviseur') then 'opdrachtgever'
          when r.rol = 'opdrachtnemer' then 'opdrachtnemer'
          when r.rol = 'procescoordinator' then 'procescoordinator'
        end as hoek
        from rollen r
       where r.geldig_van <= ${today}::date and (r.geldig_tot is null or r.geldig_tot >= ${today}::date)
    )
    select distinct r.hoek, p.id as persoon_id, p.naam, r.id as rol_id, r.rol, r.organisatie_id, org.naam as organisatie_naam
      from rol_hoek r
      join personen p on p.id = r.persoon_id
      left join organisaties org on org.id = r.organisatie_id
     where r.hoek is not null
       and (r.driehoek_id = ${driehoekId}
         or (r.driehoek_id is null and exists (
              select 1 from onder o
               where o.hoek = r.hoek and o.organisatie_id = r.organisatie_id
                 and (r.rol <> 'coordinerend-opdrachtgever' or o.is_coordinerend))))
     order by r.hoek, p.naam, r.id`);
}
