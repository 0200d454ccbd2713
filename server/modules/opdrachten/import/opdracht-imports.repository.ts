import { and, eq, getTableColumns, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { idempotentieSleutels, opdrachtImports } from '../../../db/schema/index.js';

export type OpdrachtImportRow = typeof opdrachtImports.$inferSelect;
export type OpdrachtImportInsert = typeof opdrachtImports.$inferInsert;
export type IdempotentieRow = typeof idempotentieSleutels.$inferSelect;

export async function insertImport(db: DbOrTx, row: OpdrachtImportInsert): Promise<void> {
  await db.insert(opdrachtImports).values(row);
}

/** An import of this owner that has not expired; the file is left out unless asked for. */
export async function findImport(db: DbOrTx, id: string, eigenaar: string, now: Date, options: { metBestand?: boolean; forUpdate?: boolean } = {}) {
  const { bestand: _bestand, ...zonderBestand } = getTableColumns(opdrachtImports);
  const query = db
    .select(options.metBestand ? getTableColumns(opdrachtImports) : zonderBestand)
    .from(opdrachtImports)
    .where(and(eq(opdrachtImports.id, id), eq(opdrachtImports.eigenaar, eigenaar), sql`${opdrachtImports.verlooptOp} > ${now}`))
    .limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return (rows[0] as OpdrachtImportRow | undefined) ?? null;
}

export async function markUitgevoerd(db: DbOrTx, id: string, voorvertoning: unknown, now: Date): Promise<boolean> {
  const rows = await db
    .update(opdrachtImports)
    .set({ uitgevoerdOp: now, voorvertoning })
    .where(and(eq(opdrachtImports.id, id), isNull(opdrachtImports.uitgevoerdOp)))
    .returning({ id: opdrachtImports.id });
  return rows.length > 0;
}

export async function deleteVerlopenImports(db: DbOrTx, now: Date): Promise<number> {
  const rows = await db.delete(opdrachtImports).where(lt(opdrachtImports.verlooptOp, now)).returning({ id: opdrachtImports.id });
  return rows.length;
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

export async function deleteOudeIdempotentie(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db.delete(idempotentieSleutels).where(lt(idempotentieSleutels.createdAt, before)).returning({ sleutel: idempotentieSleutels.sleutel });
  return rows.length;
}
