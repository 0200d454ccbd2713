import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../context.js';
import { type DbOrTx } from '../../db/client.js';
import { beleidsterreinen, opdrachtJaren, opdrachtStatuswijzigingen, opdrachten, organisaties, personen } from '../../db/schema/index.js';
import { zichtbaarVoor } from '../../db/visibility.js';
import { likePattern, offsetOf, orderBy, type PageRequest } from '../../lib/paging.js';

export type OpdrachtRow = typeof opdrachten.$inferSelect;
export type OpdrachtInsert = typeof opdrachten.$inferInsert;
export type OpdrachtJaarRow = typeof opdrachtJaren.$inferSelect;
export type StatuswijzigingRow = typeof opdrachtStatuswijzigingen.$inferSelect;

export interface OpdrachtFilter {
  /** The visibility condition of the caller (zichtbaarVoor). */
  zichtbaar: SQL;
  q?: string | undefined;
  status?: string | undefined;
  soort?: string | undefined;
  driehoekId?: string | undefined;
  uitvoeringsorganisatieId?: string | undefined;
  opdrachtgeverId?: string | undefined;
  beleidsterreinId?: string | undefined;
  jaar?: number | undefined;
  label?: string | undefined;
}

/** SQL: the caller may see the opdracht (ARCHITECTURE.md "Who sees what"). */
export function zichtbaarSql(actor: Actor): SQL {
  return zichtbaarVoor(actor, opdrachten.driehoekId);
}

const og = alias(organisaties, 'og');
const uo = alias(organisaties, 'uo');

const sortColumns = {
  titel: opdrachten.titel,
  status: opdrachten.status,
  soort: opdrachten.soort,
  startdatum: opdrachten.startdatum,
  einddatum: opdrachten.einddatum,
  createdAt: opdrachten.createdAt,
  updatedAt: opdrachten.updatedAt,
};

/** SQL: the opdracht has budget or fte in `jaar`, or its looptijd covers part of that year. */
export function inJaar(jaar: number): SQL {
  return sql`(exists (select 1 from opdracht_jaren j where j.opdracht_id = ${opdrachten.id} and j.jaar = ${jaar})
    or ((${opdrachten.startdatum} is not null or ${opdrachten.einddatum} is not null)
      and coalesce(${opdrachten.startdatum}, '-infinity'::date) <= make_date(${jaar}::int, 12, 31)
      and coalesce(${opdrachten.einddatum}, 'infinity'::date) >= make_date(${jaar}::int, 1, 1)))`;
}

function whereOf(filter: OpdrachtFilter): SQL | undefined {
  const conditions: SQL[] = [filter.zichtbaar];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${opdrachten.titel} ilike ${pattern} or ${opdrachten.kenmerkOpdrachtgever} ilike ${pattern}
      or ${opdrachten.kenmerkUitvoerder} ilike ${pattern})`);
  }
  if (filter.status) conditions.push(eq(opdrachten.status, filter.status));
  if (filter.soort) conditions.push(eq(opdrachten.soort, filter.soort));
  if (filter.driehoekId) conditions.push(eq(opdrachten.driehoekId, filter.driehoekId));
  if (filter.uitvoeringsorganisatieId) conditions.push(eq(opdrachten.uitvoeringsorganisatieId, filter.uitvoeringsorganisatieId));
  if (filter.opdrachtgeverId) conditions.push(eq(opdrachten.opdrachtgeverId, filter.opdrachtgeverId));
  if (filter.beleidsterreinId) conditions.push(eq(opdrachten.beleidsterreinId, filter.beleidsterreinId));
  if (filter.jaar !== undefined) conditions.push(inJaar(filter.jaar));
  if (filter.label) conditions.push(sql`${filter.label} = any(${opdrachten.labels})`);
  return and(...conditions);
}

/** An opdracht with the names the API shows next to its ids. */
export interface OpdrachtMetNamen {
  opdracht: OpdrachtRow;
  opdrachtgever: { id: string; naam: string; afkorting: string | null };
  uitvoeringsorganisatie: { id: string; naam: string; afkorting: string | null };
  beleidsterreinNaam: string | null;
  persoonNaam: string | null;
}

function selectMetNamen(db: DbOrTx) {
  return db
    .select({
      opdracht: opdrachten,
      opdrachtgever: { id: og.id, naam: og.naam, afkorting: og.afkorting },
      uitvoeringsorganisatie: { id: uo.id, naam: uo.naam, afkorting: uo.afkorting },
      beleidsterreinNaam: beleidsterreinen.naam,
      persoonNaam: personen.naam,
    })
    .from(opdrachten)
    .innerJoin(og, eq(og.id, opdrachten.opdrachtgeverId))
    .innerJoin(uo, eq(uo.id, opdrachten.uitvoeringsorganisatieId))
    .leftJoin(beleidsterreinen, eq(beleidsterreinen.id, opdrachten.beleidsterreinId))
    .leftJoin(personen, eq(personen.id, opdrachten.opdrachtgeverPersoonId));
}

export async function listOpdrachten(db: DbOrTx, filter: OpdrachtFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    selectMetNamen(db)
      .where(where)
      .orderBy(...orderBy(page.sort, sortColumns, '-updatedAt', opdrachten.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: sql<number>`count(*)::int` }).from(opdrachten).where(where),
  ]);
  return { items: items as OpdrachtMetNamen[], total: count[0]?.n ?? 0 };
}

/** One opdracht with names, when the condition (visibility) holds. */
export async function findOpdrachtMetNamen(db: DbOrTx, id: string, zichtbaar: SQL): Promise<OpdrachtMetNamen | null> {
  const rows = await selectMetNamen(db).where(and(eq(opdrachten.id, id), zichtbaar)).limit(1);
  return (rows[0] as OpdrachtMetNamen | undefined) ?? null;
}

export async function findOpdracht(db: DbOrTx, id: string, zichtbaar: SQL = sql`true`): Promise<OpdrachtRow | null> {
  const rows = await db.select().from(opdrachten).where(and(eq(opdrachten.id, id), zichtbaar)).limit(1);
  return rows[0] ?? null;
}

/** Locks the row for the rest of the transaction, so concurrent changes serialise. */
export async function findOpdrachtForUpdate(db: DbOrTx, id: string, zichtbaar: SQL = sql`true`): Promise<OpdrachtRow | null> {
  const rows = await db.select().from(opdrachten).where(and(eq(opdrachten.id, id), zichtbaar)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function findJaren(db: DbOrTx, opdrachtIds: string[]): Promise<OpdrachtJaarRow[]> {
  if (opdrachtIds.length === 0) return [];
  return db
    .select()
    .from(opdrachtJaren)
    .where(sql`${opdrachtJaren.opdrachtId} = any(${sql.param(opdrachtIds)}::uuid[])`)
    .orderBy(opdrachtJaren.opdrachtId, opdrachtJaren.jaar);
}

export async function findStatusgeschiedenis(db: DbOrTx, opdrachtId: string): Promise<StatuswijzigingRow[]> {
  return db
    .select()
    .from(opdrachtStatuswijzigingen)
    .where(eq(opdrachtStatuswijzigingen.opdrachtId, opdrachtId))
    .orderBy(opdrachtStatuswijzigingen.tijdstip, opdrachtStatuswijzigingen.id);
}

// Multi-row inserts in chunks: PostgreSQL takes at most 65535 parameters per statement.
async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function insertOpdrachten(db: DbOrTx, rows: OpdrachtInsert[]): Promise<OpdrachtRow[]> {
  const result: OpdrachtRow[] = [];
  await inChunks(rows, 2000, async (chunk) => result.push(...(await db.insert(opdrachten).values(chunk).returning())));
  return result;
}

export async function insertJaren(db: DbOrTx, rows: OpdrachtJaarRow[]): Promise<void> {
  await inChunks(rows, 10000, (chunk) => db.insert(opdrachtJaren).values(chunk));
}

export async function deleteJaren(db: DbOrTx, opdrachtId: string): Promise<void> {
  await db.delete(opdrachtJaren).where(eq(opdrachtJaren.opdrachtId, opdrachtId));
}

export async function insertStatuswijzigingen(db: DbOrTx, rows: StatuswijzigingRow[]): Promise<void> {
  await inChunks(rows, 5000, (chunk) => db.insert(opdrachtStatuswijzigingen).values(chunk));
}

/** Updates when the version still matches; null when it does not (or the row is gone). */
export async function updateOpdracht(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<OpdrachtInsert>,
  now: Date,
): Promise<OpdrachtRow | null> {
  const rows = await db
    .update(opdrachten)
    .set({ ...changes, version: sql`${opdrachten.version} + 1`, updatedAt: now })
    .where(and(eq(opdrachten.id, id), eq(opdrachten.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteOpdracht(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(opdrachten)
    .where(and(eq(opdrachten.id, id), eq(opdrachten.version, expectedVersion)))
    .returning({ id: opdrachten.id });
  return rows.length > 0;
}

export interface KenmerkSleutel {
  opdrachtgeverId: string;
  kenmerkOpdrachtgever: string | null;
  uitvoeringsorganisatieId: string;
  kenmerkUitvoerder: string | null;
}

/** Which of the two kenmerken another opdracht of the same side already uses. */
export async function findKenmerkConflicten(db: DbOrTx, sleutel: KenmerkSleutel, behalveId?: string) {
  const conditions: SQL[] = [];
  if (sleutel.kenmerkOpdrachtgever !== null) {
    conditions.push(and(eq(opdrachten.opdrachtgeverId, sleutel.opdrachtgeverId), eq(opdrachten.kenmerkOpdrachtgever, sleutel.kenmerkOpdrachtgever))!);
  }
  if (sleutel.kenmerkUitvoerder !== null) {
    conditions.push(and(eq(opdrachten.uitvoeringsorganisatieId, sleutel.uitvoeringsorganisatieId), eq(opdrachten.kenmerkUitvoerder, sleutel.kenmerkUitvoerder))!);
  }
  if (conditions.length === 0) return { opdrachtgever: false, uitvoerder: false };
  const rows = await db
    .select({ opdrachtgeverId: opdrachten.opdrachtgeverId, kenmerkOpdrachtgever: opdrachten.kenmerkOpdrachtgever, uitvoeringsorganisatieId: opdrachten.uitvoeringsorganisatieId, kenmerkUitvoerder: opdrachten.kenmerkUitvoerder })
    .from(opdrachten)
    .where(and(sql`(${sql.join(conditions, sql` or `)})`, behalveId ? sql`${opdrachten.id} <> ${behalveId}` : undefined));
  return {
    opdrachtgever: rows.some((r) => r.opdrachtgeverId === sleutel.opdrachtgeverId && r.kenmerkOpdrachtgever === sleutel.kenmerkOpdrachtgever),
    uitvoerder: rows.some((r) => r.uitvoeringsorganisatieId === sleutel.uitvoeringsorganisatieId && r.kenmerkUitvoerder === sleutel.kenmerkUitvoerder),
  };
}

/** Opdrachten known to one side by its own kenmerken (for imports that update instead of duplicate). */
export async function findByKenmerken(db: DbOrTx, zijde: 'opdrachtgever' | 'uitvoerder', organisatieId: string, kenmerken: string[]) {
  if (kenmerken.length === 0) return [];
  const [orgColumn, kenmerkColumn] =
    zijde === 'opdrachtgever' ? [opdrachten.opdrachtgeverId, opdrachten.kenmerkOpdrachtgever] : [opdrachten.uitvoeringsorganisatieId, opdrachten.kenmerkUitvoerder];
  return db
    .select()
    .from(opdrachten)
    .where(and(eq(orgColumn, organisatieId), sql`${kenmerkColumn} = any(${sql.param(kenmerken)}::text[])`));
}
