import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisaties, personen, rollen } from '../../db/schema/index.js';
import { likePattern, offsetOf, orderBy, type PageRequest } from '../../lib/paging.js';

export type PersoonRow = typeof personen.$inferSelect;
export type PersoonInsert = typeof personen.$inferInsert;
export type RolRow = typeof rollen.$inferSelect;

export interface PersoonFilter {
  q?: string | undefined;
  organisatieId?: string | undefined;
  rol?: string | undefined;
  isActief?: boolean | undefined;
  today: string;
}

const sortColumns = {
  naam: personen.naam,
  email: personen.email,
  createdAt: personen.createdAt,
  updatedAt: personen.updatedAt,
};

/** SQL condition on the `rollen` table: the rol is in force on `today`. */
export function rolGeldigOp(today: string): SQL {
  return sql`(${rollen.geldigVan} <= ${today}::date and (${rollen.geldigTot} is null or ${rollen.geldigTot} >= ${today}::date))`;
}

function whereOf(filter: PersoonFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${personen.naam} ilike ${pattern} or ${personen.email} ilike ${pattern})`);
  }
  if (filter.isActief !== undefined) conditions.push(eq(personen.isActief, filter.isActief));
  if (filter.organisatieId || filter.rol) {
    // One rol row must satisfy both filters: "an opdrachtgever at DG Werk", not one of each.
    conditions.push(sql`exists (select 1 from ${rollen} where ${rollen.persoonId} = ${personen.id}
      and ${rolGeldigOp(filter.today)}
      ${filter.organisatieId ? sql`and ${rollen.organisatieId} = ${filter.organisatieId}` : sql``}
      ${filter.rol ? sql`and ${rollen.rol} = ${filter.rol}` : sql``})`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listPersonen(db: DbOrTx, filter: PersoonFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    db
      .select()
      .from(personen)
      .where(where)
      .orderBy(...orderBy(page.sort, sortColumns, 'naam', personen.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: sql<number>`count(*)::int` }).from(personen).where(where),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

export async function findPersoon(db: DbOrTx, id: string): Promise<PersoonRow | null> {
  const rows = await db.select().from(personen).where(eq(personen.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertPersoon(db: DbOrTx, row: PersoonInsert): Promise<PersoonRow> {
  const rows = await db.insert(personen).values(row).returning();
  return rows[0]!;
}

/** Updates when the version still matches; null when it does not (or the row is gone). */
export async function updatePersoon(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<PersoonInsert>,
  now: Date,
): Promise<PersoonRow | null> {
  const rows = await db
    .update(personen)
    .set({ ...changes, version: sql`${personen.version} + 1`, updatedAt: now })
    .where(and(eq(personen.id, id), eq(personen.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

/** Roles of a person with their organisation's name; only those valid on `today` when given. */
export async function listRollenVanPersoon(db: DbOrTx, persoonId: string, today?: string) {
  return db
    .select({
      id: rollen.id,
      rol: rollen.rol,
      organisatieId: rollen.organisatieId,
      organisatieNaam: organisaties.naam,
      driehoekId: rollen.driehoekId,
      geldigVan: rollen.geldigVan,
      geldigTot: rollen.geldigTot,
    })
    .from(rollen)
    .leftJoin(organisaties, eq(organisaties.id, rollen.organisatieId))
    .where(and(eq(rollen.persoonId, persoonId), today ? rolGeldigOp(today) : undefined))
    .orderBy(rollen.geldigVan);
}
