import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { apiTokens, organisaties } from '../../db/schema/index.js';
import { offsetOf, orderBy, likePattern, type PageRequest } from '../../lib/paging.js';

export type ApiTokenInsert = typeof apiTokens.$inferInsert;

/** A token with its organisation's name; the hash never leaves this file. */
const columns = {
  id: apiTokens.id,
  naam: apiTokens.naam,
  organisatieId: apiTokens.organisatieId,
  organisatieNaam: organisaties.naam,
  prefix: apiTokens.prefix,
  aangemaaktDoor: apiTokens.aangemaaktDoor,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  ingetrokkenOp: apiTokens.ingetrokkenOp,
};
export interface ApiTokenRow {
  id: string;
  naam: string;
  organisatieId: string;
  organisatieNaam: string;
  prefix: string;
  aangemaaktDoor: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  ingetrokkenOp: Date | null;
}

export interface ApiTokenFilter {
  q?: string | undefined;
  organisatieId?: string | undefined;
  isActief?: boolean | undefined;
}

const sortColumns = { naam: apiTokens.naam, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt };

function whereOf(filter: ApiTokenFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(sql`${apiTokens.naam} ilike ${likePattern(filter.q)}`);
  if (filter.organisatieId) conditions.push(eq(apiTokens.organisatieId, filter.organisatieId));
  if (filter.isActief !== undefined) {
    conditions.push(filter.isActief ? sql`${apiTokens.ingetrokkenOp} is null` : sql`${apiTokens.ingetrokkenOp} is not null`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listApiTokens(db: DbOrTx, filter: ApiTokenFilter, page: PageRequest) {
  const where = whereOf(filter);
  const [items, count] = await Promise.all([
    db
      .select(columns)
      .from(apiTokens)
      .innerJoin(organisaties, eq(organisaties.id, apiTokens.organisatieId))
      .where(where)
      .orderBy(...orderBy(page.sort, sortColumns, '-createdAt', apiTokens.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: sql<number>`count(*)::int` }).from(apiTokens).where(where),
  ]);
  return { items: items as ApiTokenRow[], total: count[0]?.n ?? 0 };
}

export async function findApiToken(db: DbOrTx, id: string): Promise<ApiTokenRow | null> {
  const rows = await db
    .select(columns)
    .from(apiTokens)
    .innerJoin(organisaties, eq(organisaties.id, apiTokens.organisatieId))
    .where(eq(apiTokens.id, id))
    .limit(1);
  return (rows[0] as ApiTokenRow | undefined) ?? null;
}

export async function insertApiToken(db: DbOrTx, row: ApiTokenInsert): Promise<void> {
  await db.insert(apiTokens).values(row);
}

/** Revokes a token that is still active; false when it was revoked already. */
export async function revokeApiToken(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ ingetrokkenOp: now })
    .where(and(eq(apiTokens.id, id), sql`${apiTokens.ingetrokkenOp} is null`))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
