import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditGebeurtenissen } from '../../db/schema/index.js';

/** Every process appending to the chain queues on this lock, so the chain never forks. */
const AUDIT_CHAIN_LOCK = 727_002;

export type AuditInsert = typeof auditGebeurtenissen.$inferInsert;
export type AuditRow = typeof auditGebeurtenissen.$inferSelect;

/** Takes the chain lock for the rest of the transaction and returns the last chain hash. */
export async function lockChainAndGetHead(tx: DbOrTx): Promise<string | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const rows = await tx
    .select({ chainHash: auditGebeurtenissen.chainHash })
    .from(auditGebeurtenissen)
    .orderBy(desc(auditGebeurtenissen.volgnummer))
    .limit(1);
  return rows[0]?.chainHash ?? null;
}

export async function insertEvents(tx: DbOrTx, rows: AuditInsert[]): Promise<void> {
  if (rows.length > 0) await tx.insert(auditGebeurtenissen).values(rows);
}

export async function listBatch(db: DbOrTx, afterVolgnummer: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditGebeurtenissen)
    .where(gt(auditGebeurtenissen.volgnummer, afterVolgnummer))
    .orderBy(asc(auditGebeurtenissen.volgnummer))
    .limit(limit);
}

export async function listForEntity(db: DbOrTx, entiteit: string, entiteitId: string, limit: number, offset: number) {
  const where = and(eq(auditGebeurtenissen.entiteit, entiteit), eq(auditGebeurtenissen.entiteitId, entiteitId));
  const [items, total] = await Promise.all([
    db.select().from(auditGebeurtenissen).where(where).orderBy(desc(auditGebeurtenissen.volgnummer)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditGebeurtenissen).where(where),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

export async function redactPayload(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(auditGebeurtenissen)
    .set({ payload: null, geredigeerdOp: now })
    .where(eq(auditGebeurtenissen.id, id))
    .returning({ id: auditGebeurtenissen.id });
  return rows.length > 0;
}
