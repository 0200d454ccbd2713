import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { driehoeken, organisaties, personen, rollen } from '../../db/schema/index.js';
import { bovenliggendeOrganisaties } from '../../db/visibility.js';
import { likePattern, offsetOf, orderBy, type PageRequest } from '../../lib/paging.js';
import { rolGeldigOp } from './personen.repository.js';

export type RolRow = typeof rollen.$inferSelect;
export type RolInsert = typeof rollen.$inferInsert;

export interface RolFilter {
  q?: string | undefined;
  persoonId?: string | undefined;
  organisatieId?: string | undefined;
  driehoekId?: string | undefined;
  rol?: string | undefined;
  isActief?: boolean | undefined;
  today: string;
}

const uitvoerder = alias(organisaties, 'uitvoerder');

const sortColumns = {
  geldigVan: rollen.geldigVan,
  geldigTot: rollen.geldigTot,
  rol: rollen.rol,
  persoonNaam: personen.naam,
  createdAt: rollen.createdAt,
  updatedAt: rollen.updatedAt,
};

const selection = {
  rol: rollen,
  persoonNaam: personen.naam,
  organisatieNaam: organisaties.naam,
  // Named as the driehoeken module names it: "Driehoek UWV", after the agency.
  driehoekNaam: sql<string | null>`case when ${uitvoerder.id} is null then null else 'Driehoek ' || coalesce(${uitvoerder.afkorting}, ${uitvoerder.naam}) end`,
};

export type RolMetNamen = { rol: RolRow; persoonNaam: string; organisatieNaam: string | null; driehoekNaam: string | null };

function withNames(db: DbOrTx) {
  return db
    .select(selection)
    .from(rollen)
    .innerJoin(personen, eq(personen.id, rollen.persoonId))
    .leftJoin(organisaties, eq(organisaties.id, rollen.organisatieId))
    .leftJoin(driehoeken, eq(driehoeken.id, rollen.driehoekId))
    .leftJoin(uitvoerder, eq(uitvoerder.id, driehoeken.uitvoeringsorganisatieId));
}

function whereOf(filter: RolFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${personen.naam} ilike ${pattern} or ${personen.email} ilike ${pattern})`);
  }
  if (filter.persoonId) conditions.push(eq(rollen.persoonId, filter.persoonId));
  if (filter.organisatieId) conditions.push(eq(rollen.organisatieId, filter.organisatieId));
  if (filter.driehoekId) conditions.push(eq(rollen.driehoekId, filter.driehoekId));
  if (filter.rol) conditions.push(eq(rollen.rol, filter.rol));
  if (filter.isActief !== undefined) {
    conditions.push(filter.isActief ? rolGeldigOp(filter.today) : sql`not ${rolGeldigOp(filter.today)}`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listRollen(db: DbOrTx, filter: RolFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    withNames(db)
      .where(where)
      .orderBy(...orderBy(page.sort, sortColumns, '-geldigVan', rollen.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(rollen)
      .innerJoin(personen, eq(personen.id, rollen.persoonId))
      .where(where),
  ]);
  return { items: items as RolMetNamen[], total: count[0]?.n ?? 0 };
}

/** The roles in force on `today` of several people at once (for person lists). */
export async function listGeldigeRollen(db: DbOrTx, persoonIds: string[], today: string): Promise<RolMetNamen[]> {
  if (persoonIds.length === 0) return [];
  return withNames(db)
    .where(and(inArray(rollen.persoonId, persoonIds), rolGeldigOp(today)))
    .orderBy(rollen.geldigVan, rollen.id) as Promise<RolMetNamen[]>;
}

export async function findRolMetNamen(db: DbOrTx, id: string): Promise<RolMetNamen | null> {
  const rows = await withNames(db).where(eq(rollen.id, id)).limit(1);
  return (rows[0] as RolMetNamen | undefined) ?? null;
}

export async function findRol(db: DbOrTx, id: string): Promise<RolRow | null> {
  const rows = await db.select().from(rollen).where(eq(rollen.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertRol(db: DbOrTx, row: RolInsert): Promise<RolRow> {
  const rows = await db.insert(rollen).values(row).returning();
  return rows[0]!;
}

export async function updateRol(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Pick<Partial<RolInsert>, 'geldigVan' | 'geldigTot'>,
  now: Date,
): Promise<RolRow | null> {
  const rows = await db
    .update(rollen)
    .set({ ...changes, version: sql`${rollen.version} + 1`, updatedAt: now })
    .where(and(eq(rollen.id, id), eq(rollen.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteRol(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(rollen)
    .where(and(eq(rollen.id, id), eq(rollen.version, expectedVersion)))
    .returning({ id: rollen.id });
  return rows.length > 0;
}

/** Another rol of the same person, kind, organisation and driehoek whose period overlaps. */
export async function findOverlappendeRol(
  db: DbOrTx,
  rol: { id?: string; persoonId: string; rol: string; organisatieId: string | null; driehoekId: string | null; geldigVan: string; geldigTot: string | null },
): Promise<RolRow | null> {
  const rows = await db
    .select()
    .from(rollen)
    .where(sql`${rollen.persoonId} = ${rol.persoonId} and ${rollen.rol} = ${rol.rol}
      and ${rollen.organisatieId} is not distinct from ${rol.organisatieId}::uuid
      and ${rollen.driehoekId} is not distinct from ${rol.driehoekId}::uuid
      ${rol.id ? sql`and ${rollen.id} <> ${rol.id}` : sql``}
      and (${rol.geldigTot}::date is null or ${rollen.geldigVan} <= ${rol.geldigTot}::date)
      and (${rollen.geldigTot} is null or ${rollen.geldigTot} >= ${rol.geldigVan}::date)`)
    .limit(1);
  return rows[0] ?? null;
}

/** Whether the organisation is the coördinerende opdrachtgever of some driehoek, or lies below one. */
export async function isOnderCoordinerendeHoek(db: DbOrTx, organisatieId: string): Promise<boolean> {
  const rows = await queryRows<{ ja: boolean }>(db, sql`
    select exists (select 1 from driehoek_opdrachtgevers g
                    where g.is_coordinerend and g.organisatie_id in (${bovenliggendeOrganisaties([organisatieId])})) as ja`);
  return rows[0]?.ja ?? false;
}

/**
 * Driehoeken in which a rol without a driehoek at this organisation counts for the separation
 * check: those whose eigenaar (or an opdrachtgever) corner is the organisation or lies above it.
 */
export async function driehoekenMetHoekBoven(db: DbOrTx, organisatieId: string, hoek: 'eigenaar' | 'opdrachtgever'): Promise<string[]> {
  const boven = bovenliggendeOrganisaties([organisatieId]);
  const rows = await queryRows<{ id: string }>(db, hoek === 'eigenaar'
    ? sql`select d.id from driehoeken d where d.eigenaar_id in (${boven})`
    : sql`select distinct g.driehoek_id as id from driehoek_opdrachtgevers g where g.organisatie_id in (${boven})`);
  return rows.map((r) => r.id);
}
