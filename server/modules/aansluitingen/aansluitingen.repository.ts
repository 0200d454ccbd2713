import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { aansluitingBeslissingen, aansluitingen, driehoeken, idempotentieSleutels } from '../../db/schema/index.js';
import { zichtbaarVoor, zichtbareDriehoekIds } from '../../db/visibility.js';
import type { Actor } from '../../context.js';
import { offsetOf, orderBy, type PageRequest } from '../../lib/paging.js';

export type AansluitingRow = typeof aansluitingen.$inferSelect;
export type AansluitingInsert = typeof aansluitingen.$inferInsert;
export type BeslissingRow = typeof aansluitingBeslissingen.$inferSelect;
export type IdempotentieRow = typeof idempotentieSleutels.$inferSelect;

export function zichtbaarSql(actor: Actor): SQL {
  return zichtbaarVoor(actor, aansluitingen.driehoekId);
}

/** Whether the driehoek exists, and whether the actor may see what lives in it. */
export async function findDriehoekToegang(db: DbOrTx, driehoekId: string, actor: Actor) {
  const rows = await db
    .select({ id: driehoeken.id, uitvoeringsorganisatieId: driehoeken.uitvoeringsorganisatieId, isZichtbaar: sql<boolean>`${driehoeken.id} in (${zichtbareDriehoekIds(actor)})` })
    .from(driehoeken)
    .where(eq(driehoeken.id, driehoekId));
  return rows[0] ?? null;
}

export async function insertAansluiting(db: DbOrTx, row: AansluitingInsert): Promise<AansluitingRow> {
  const rows = await db.insert(aansluitingen).values(row).returning();
  return rows[0]!;
}

export async function findAansluiting(db: DbOrTx, id: string, zichtbaar: SQL, options: { forUpdate?: boolean } = {}): Promise<AansluitingRow | null> {
  const query = db.select().from(aansluitingen).where(and(eq(aansluitingen.id, id), zichtbaar));
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Summaries only: the rows and pairs of an aansluiting can run into megabytes. */
export async function listAansluitingen(db: DbOrTx, filter: { zichtbaar: SQL; driehoekId?: string | undefined }, page: PageRequest) {
  const where = and(filter.zichtbaar, filter.driehoekId ? eq(aansluitingen.driehoekId, filter.driehoekId) : undefined);
  const a = aansluitingen;
  const samenvatting = {
    id: a.id, version: a.version, createdAt: a.createdAt, updatedAt: a.updatedAt, driehoekId: a.driehoekId,
    bronLinks: a.bronLinks, bronRechts: a.bronRechts, bestandsnaamLinks: a.bestandsnaamLinks, bestandsnaamRechts: a.bestandsnaamRechts,
    buitenDriehoekLinks: a.buitenDriehoekLinks, buitenDriehoekRechts: a.buitenDriehoekRechts, volledigheid: a.volledigheid,
    aantalGekoppeld: a.aantalGekoppeld, aangemaaktDoorId: a.aangemaaktDoorId, aangemaaktDoorNaam: a.aangemaaktDoorNaam,
  };
  const [items, [totaal]] = await Promise.all([
    db
      .select({
        ...samenvatting,
        aantalLinks: sql<number>`jsonb_array_length(${aansluitingen.rijenLinks})`.mapWith(Number),
        aantalRechts: sql<number>`jsonb_array_length(${aansluitingen.rijenRechts})`.mapWith(Number),
      })
      .from(aansluitingen)
      .where(where)
      .orderBy(...orderBy(page.sort, { createdAt: aansluitingen.createdAt, volledigheid: aansluitingen.volledigheid }, '-createdAt', aansluitingen.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(aansluitingen).where(where),
  ]);
  return { items, total: totaal?.n ?? 0 };
}
export type AansluitingSamenvattingRow = Awaited<ReturnType<typeof listAansluitingen>>['items'][number];

export async function updateResultaat(
  db: DbOrTx,
  id: string,
  values: Pick<AansluitingRow, 'resultaat' | 'volledigheid' | 'aantalGekoppeld' | 'updatedAt'>,
): Promise<AansluitingRow> {
  const rows = await db
    .update(aansluitingen)
    .set({ ...values, version: sql`${aansluitingen.version} + 1` })
    .where(eq(aansluitingen.id, id))
    .returning();
  return rows[0]!;
}

/** The decisions for a pair of sources of a driehoek, oldest first. */
export async function findBeslissingen(db: DbOrTx, driehoekId: string, bronLinks: string, bronRechts: string): Promise<BeslissingRow[]> {
  return db
    .select()
    .from(aansluitingBeslissingen)
    .where(and(eq(aansluitingBeslissingen.driehoekId, driehoekId), eq(aansluitingBeslissingen.bronLinks, bronLinks), eq(aansluitingBeslissingen.bronRechts, bronRechts)))
    .orderBy(aansluitingBeslissingen.tijdstip, aansluitingBeslissingen.id);
}

/** A new decision about a pair replaces the earlier one about the same pair. */
export async function upsertBeslissing(db: DbOrTx, row: BeslissingRow): Promise<BeslissingRow> {
  const { id: _id, driehoekId: _d, bronLinks: _bl, bronRechts: _br, linksSleutel: _ls, rechtsSleutel: _rs, ...nieuw } = row;
  const rows = await db
    .insert(aansluitingBeslissingen)
    .values(row)
    .onConflictDoUpdate({
      target: [aansluitingBeslissingen.driehoekId, aansluitingBeslissingen.bronLinks, aansluitingBeslissingen.bronRechts, aansluitingBeslissingen.linksSleutel, aansluitingBeslissingen.rechtsSleutel],
      set: nieuw,
    })
    .returning();
  return rows[0]!;
}

export async function findIdempotentie(db: DbOrTx, bereik: string, sleutel: string): Promise<IdempotentieRow | null> {
  const rows = await db
    .select()
    .from(idempotentieSleutels)
    .where(and(eq(idempotentieSleutels.bereik, bereik), eq(idempotentieSleutels.sleutel, sleutel)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertIdempotentie(db: DbOrTx, row: Omit<IdempotentieRow, 'createdAt'> & { createdAt: Date }): Promise<void> {
  await db.insert(idempotentieSleutels).values(row);
}
