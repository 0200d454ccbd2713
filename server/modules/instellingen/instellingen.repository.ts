import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { instellingen } from '../../db/schema/index.js';

export async function getWaarde<T>(db: DbOrTx, sleutel: string): Promise<T | undefined> {
  const rows = await db.select({ waarde: instellingen.waarde }).from(instellingen).where(eq(instellingen.sleutel, sleutel)).limit(1);
  return rows[0]?.waarde as T | undefined;
}

export async function setWaarde(db: DbOrTx, sleutel: string, waarde: unknown): Promise<void> {
  await db
    .insert(instellingen)
    .values({ sleutel, waarde })
    .onConflictDoUpdate({ target: instellingen.sleutel, set: { waarde, updatedAt: sql`now()` } });
}
