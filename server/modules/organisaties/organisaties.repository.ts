import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { organisaties } from '../../db/schema/index.js';
import { likePattern, offsetOf, orderBy, type PageRequest } from '../../lib/paging.js';

export type OrganisatieRow = typeof organisaties.$inferSelect;
export type OrganisatieInsert = typeof organisaties.$inferInsert;

export interface OrganisatieFilter {
  q?: string | undefined;
  soort?: string | undefined;
  parentId?: string | undefined;
  isActief?: boolean | undefined;
  today: string;
}

const sortColumns = {
  naam: organisaties.naam,
  afkorting: organisaties.afkorting,
  soort: organisaties.soort,
  createdAt: organisaties.createdAt,
  updatedAt: organisaties.updatedAt,
};

/** SQL condition: the organisation is active on `today`. */
export function isActiefOp(today: string): SQL {
  return sql`((${organisaties.actiefVan} is null or ${organisaties.actiefVan} <= ${today}::date)
    and (${organisaties.actiefTot} is null or ${organisaties.actiefTot} >= ${today}::date))`;
}

function whereOf(filter: OrganisatieFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${organisaties.naam} ilike ${pattern} or ${organisaties.afkorting} ilike ${pattern})`);
  }
  if (filter.soort) conditions.push(eq(organisaties.soort, filter.soort));
  if (filter.parentId) conditions.push(eq(organisaties.parentId, filter.parentId));
  if (filter.isActief !== undefined) {
    conditions.push(filter.isActief ? isActiefOp(filter.today) : sql`not ${isActiefOp(filter.today)}`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listOrganisaties(db: DbOrTx, filter: OrganisatieFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    db
      .select()
      .from(organisaties)
      .where(where)
      .orderBy(...orderBy(page.sort, sortColumns, 'naam', organisaties.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: sql<number>`count(*)::int` }).from(organisaties).where(where),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

export async function findOrganisatie(db: DbOrTx, id: string): Promise<OrganisatieRow | null> {
  const rows = await db.select().from(organisaties).where(eq(organisaties.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findOrganisaties(db: DbOrTx, ids: string[]): Promise<OrganisatieRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organisaties).where(sql`${organisaties.id} = any(${sql.param(ids)}::uuid[])`);
}

/** Organisations whose name or abbreviation is exactly `ref` (case-insensitive). */
export async function findByNaamOfAfkorting(db: DbOrTx, ref: string): Promise<OrganisatieRow[]> {
  return db
    .select()
    .from(organisaties)
    .where(sql`lower(${organisaties.naam}) = lower(${ref}) or lower(${organisaties.afkorting}) = lower(${ref})`)
    .limit(50);
}

/** Path of names from the top of the tree for each id ("Ministerie van SZW › DG Werk"). */
export async function padenVan(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ start: string; pad: string }>(db, sql`
    with recursive boven as (
      select id as start, id, parent_id, coalesce(afkorting, naam) as label, naam, 0 as diepte
        from organisaties where id = any(${sql.param(ids)}::uuid[])
      union all
      select b.start, o.id, o.parent_id, coalesce(o.afkorting, o.naam), o.naam, b.diepte + 1
        from boven b join organisaties o on o.id = b.parent_id
       where b.diepte < 20
    )
    select start, string_agg(case when diepte = 0 then naam else label end, ' › ' order by diepte desc) as pad
      from boven group by start`);
  return new Map(rows.map((r) => [r.start, r.pad]));
}

/** Ids of the organisation and everything below it (for cycle checks and corner checks). */
export async function subtreeIds(db: DbOrTx, rootId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    with recursive onder as (
      select id from organisaties where id = ${rootId}
      union
      select o.id from organisaties o join onder on o.parent_id = onder.id
    ) select id from onder`);
  return rows.map((r) => r.id);
}

export async function allForTree(db: DbOrTx) {
  return db
    .select({
      id: organisaties.id,
      naam: organisaties.naam,
      afkorting: organisaties.afkorting,
      soort: organisaties.soort,
      parentId: organisaties.parentId,
      actiefVan: organisaties.actiefVan,
      actiefTot: organisaties.actiefTot,
    })
    .from(organisaties)
    .orderBy(organisaties.naam);
}

export async function insertOrganisatie(db: DbOrTx, row: OrganisatieInsert): Promise<OrganisatieRow> {
  const rows = await db.insert(organisaties).values(row).returning();
  return rows[0]!;
}

/** Updates when the version still matches; null when it does not (or the row is gone). */
export async function updateOrganisatie(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<OrganisatieInsert>,
  now: Date,
): Promise<OrganisatieRow | null> {
  const rows = await db
    .update(organisaties)
    .set({ ...changes, version: sql`${organisaties.version} + 1`, updatedAt: now })
    .where(and(eq(organisaties.id, id), eq(organisaties.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteOrganisatie(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(organisaties)
    .where(and(eq(organisaties.id, id), eq(organisaties.version, expectedVersion)))
    .returning({ id: organisaties.id });
  return rows.length > 0;
}
