import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { beleidsterreinen, beleidsterreinUitvoerders, organisaties } from '../../db/schema/index.js';
import { bovenliggendeOrganisaties, zichtbareDriehoekIds } from '../../db/visibility.js';
import type { Actor } from '../../context.js';
import { likePattern, offsetOf, orderBy, type PageRequest } from '../../lib/paging.js';

export type BeleidsterreinRow = typeof beleidsterreinen.$inferSelect;
export type BeleidsterreinInsert = typeof beleidsterreinen.$inferInsert;

export interface BeleidsterreinFilter {
  q?: string | undefined;
  isWees?: boolean | undefined;
  verantwoordelijkeInactief?: boolean | undefined;
  beleidsverantwoordelijkeId?: string | undefined;
  uitvoerderId?: string | undefined;
  parentId?: string | undefined;
  /** Subquery of uitvoeringsorganisatie ids: terreinen executed by one of them. */
  uitgevoerdDoor?: SQL | undefined;
  today: string;
}

const verantwoordelijke = alias(organisaties, 'verantwoordelijke');

function isActiefOp(today: string): SQL {
  return sql`((${verantwoordelijke.actiefVan} is null or ${verantwoordelijke.actiefVan} <= ${today}::date)
    and (${verantwoordelijke.actiefTot} is null or ${verantwoordelijke.actiefTot} >= ${today}::date))`;
}

/** A beleidsterrein with its beleidsverantwoordelijke organisation (null fields for a wees). */
function selectMetVerantwoordelijke(db: DbOrTx, today: string) {
  return db
    .select({
      ...getTableColumns(beleidsterreinen),
      verantwoordelijkeNaam: verantwoordelijke.naam,
      verantwoordelijkeAfkorting: verantwoordelijke.afkorting,
      verantwoordelijkeIsActief: sql<boolean | null>`case when ${verantwoordelijke.id} is null then null else ${isActiefOp(today)} end`,
    })
    .from(beleidsterreinen)
    .leftJoin(verantwoordelijke, eq(verantwoordelijke.id, beleidsterreinen.beleidsverantwoordelijkeId));
}
export type BeleidsterreinMetVerantwoordelijke = Awaited<ReturnType<typeof selectMetVerantwoordelijke>>[number];

const sortColumns = { naam: beleidsterreinen.naam, createdAt: beleidsterreinen.createdAt, updatedAt: beleidsterreinen.updatedAt };

function whereOf(filter: BeleidsterreinFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${beleidsterreinen.naam} ilike ${pattern} or ${beleidsterreinen.omschrijving} ilike ${pattern})`);
  }
  if (filter.isWees !== undefined) {
    conditions.push(filter.isWees ? sql`${beleidsterreinen.beleidsverantwoordelijkeId} is null` : sql`${beleidsterreinen.beleidsverantwoordelijkeId} is not null`);
  }
  if (filter.verantwoordelijkeInactief !== undefined) {
    // Both values leave out wezen: "inactive" and "active" speak of an existing verantwoordelijke.
    const actief = isActiefOp(filter.today);
    conditions.push(sql`${verantwoordelijke.id} is not null and ${filter.verantwoordelijkeInactief ? sql`not ${actief}` : actief}`);
  }
  if (filter.beleidsverantwoordelijkeId) conditions.push(eq(beleidsterreinen.beleidsverantwoordelijkeId, filter.beleidsverantwoordelijkeId));
  if (filter.parentId) conditions.push(eq(beleidsterreinen.parentId, filter.parentId));
  if (filter.uitvoerderId) {
    conditions.push(sql`exists (select 1 from ${beleidsterreinUitvoerders} u
      where u.beleidsterrein_id = ${beleidsterreinen.id} and u.organisatie_id = ${filter.uitvoerderId})`);
  }
  if (filter.uitgevoerdDoor) {
    conditions.push(sql`exists (select 1 from ${beleidsterreinUitvoerders} u
      where u.beleidsterrein_id = ${beleidsterreinen.id} and u.organisatie_id in (${filter.uitgevoerdDoor}))`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listBeleidsterreinen(db: DbOrTx, filter: BeleidsterreinFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    selectMetVerantwoordelijke(db, filter.today)
      .where(where)
      .orderBy(...orderBy(page.sort, sortColumns, 'naam', beleidsterreinen.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(beleidsterreinen)
      .leftJoin(verantwoordelijke, eq(verantwoordelijke.id, beleidsterreinen.beleidsverantwoordelijkeId))
      .where(where),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

export async function findMetVerantwoordelijke(db: DbOrTx, id: string, today: string): Promise<BeleidsterreinMetVerantwoordelijke | null> {
  const rows = await selectMetVerantwoordelijke(db, today).where(eq(beleidsterreinen.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findBeleidsterrein(db: DbOrTx, id: string): Promise<BeleidsterreinRow | null> {
  const rows = await db.select().from(beleidsterreinen).where(eq(beleidsterreinen.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Locks the row, so a concurrent change waits and then fails its version check. */
export async function findBeleidsterreinForUpdate(db: DbOrTx, id: string): Promise<BeleidsterreinRow | null> {
  const rows = await db.select().from(beleidsterreinen).where(eq(beleidsterreinen.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export interface UitvoerderRow {
  beleidsterreinId: string;
  id: string;
  naam: string;
  afkorting: string | null;
}

export async function findUitvoerders(db: DbOrTx, terreinIds: string[]): Promise<UitvoerderRow[]> {
  if (terreinIds.length === 0) return [];
  return db
    .select({
      beleidsterreinId: beleidsterreinUitvoerders.beleidsterreinId,
      id: organisaties.id,
      naam: organisaties.naam,
      afkorting: organisaties.afkorting,
    })
    .from(beleidsterreinUitvoerders)
    .innerJoin(organisaties, eq(organisaties.id, beleidsterreinUitvoerders.organisatieId))
    .where(sql`${beleidsterreinUitvoerders.beleidsterreinId} = any(${sql.param(terreinIds)}::uuid[])`)
    .orderBy(asc(organisaties.naam), asc(organisaties.id));
}

export async function replaceUitvoerders(db: DbOrTx, terreinId: string, organisatieIds: string[]): Promise<void> {
  await db.delete(beleidsterreinUitvoerders).where(eq(beleidsterreinUitvoerders.beleidsterreinId, terreinId));
  if (organisatieIds.length) {
    await db.insert(beleidsterreinUitvoerders).values(organisatieIds.map((organisatieId) => ({ beleidsterreinId: terreinId, organisatieId })));
  }
}

export async function allForTree(db: DbOrTx) {
  return db
    .select({
      id: beleidsterreinen.id,
      naam: beleidsterreinen.naam,
      parentId: beleidsterreinen.parentId,
      beleidsverantwoordelijkeId: beleidsterreinen.beleidsverantwoordelijkeId,
    })
    .from(beleidsterreinen)
    .orderBy(asc(beleidsterreinen.naam), asc(beleidsterreinen.id));
}

/** Ids of the terrein and every terrein below it (for the cycle check). */
export async function subtreeIds(db: DbOrTx, rootId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    with recursive onder as (
      select id from beleidsterreinen where id = ${rootId}
      union
      select b.id from beleidsterreinen b join onder on b.parent_id = onder.id
    ) select id from onder`);
  return rows.map((r) => r.id);
}

export async function countChildren(db: DbOrTx, id: string): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(beleidsterreinen).where(eq(beleidsterreinen.parentId, id));
  return rows[0]?.n ?? 0;
}

/** Whether the organisation is an opdrachtgever corner of some driehoek, or lies below one. */
export async function isOnderOpdrachtgeverHoek(db: DbOrTx, organisatieId: string): Promise<boolean> {
  const rows = await queryRows<{ ja: boolean }>(db, sql`
    select exists (select 1 from driehoek_opdrachtgevers g
                    where g.organisatie_id in (${bovenliggendeOrganisaties([organisatieId])})) as ja`);
  return rows[0]?.ja === true;
}

export async function insertBeleidsterrein(db: DbOrTx, row: BeleidsterreinInsert): Promise<BeleidsterreinRow> {
  const rows = await db.insert(beleidsterreinen).values(row).returning();
  return rows[0]!;
}

/** Updates when the version still matches; null when it does not (or the row is gone). */
export async function updateBeleidsterrein(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<BeleidsterreinInsert>,
  now: Date,
): Promise<BeleidsterreinRow | null> {
  const rows = await db
    .update(beleidsterreinen)
    .set({ ...changes, version: sql`${beleidsterreinen.version} + 1`, updatedAt: now })
    .where(and(eq(beleidsterreinen.id, id), eq(beleidsterreinen.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteBeleidsterrein(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(beleidsterreinen)
    .where(and(eq(beleidsterreinen.id, id), eq(beleidsterreinen.version, expectedVersion)))
    .returning({ id: beleidsterreinen.id });
  return rows.length > 0;
}

/** Orphaned terreinen executed by one of the uitvoeringsorganisaties in the subquery. */
export async function listWezen(db: DbOrTx, uitgevoerdDoor: SQL, today: string, limit: number) {
  return selectMetVerantwoordelijke(db, today)
    .where(whereOf({ isWees: true, uitgevoerdDoor, today }))
    .orderBy(asc(beleidsterreinen.naam), asc(beleidsterreinen.id))
    .limit(limit);
}

/** Subquery: exactly these uitvoeringsorganisaties. */
export function uitvoerdersVan(organisatieIds: string[]): SQL {
  return sql`select unnest(${sql.param(organisatieIds)}::uuid[])`;
}

/** Subquery: the agencies of the driehoeken the actor holds a rol in (also for a beheerder). */
export function uitvoerdersVanMijnDriehoeken(actor: Actor): SQL {
  return sql`select d.uitvoeringsorganisatie_id from driehoeken d
    where d.id in (${zichtbareDriehoekIds({ ...actor, isBeheerder: false })})`;
}
