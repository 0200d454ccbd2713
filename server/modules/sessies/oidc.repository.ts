import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { oidcAanmeldingen, personen } from '../../db/schema/index.js';

export type OidcAanmeldingRow = typeof oidcAanmeldingen.$inferSelect;

export async function insertOidcAanmelding(db: DbOrTx, row: OidcAanmeldingRow): Promise<void> {
  await db.insert(oidcAanmeldingen).values(row);
}

/** Deletes and returns a pending login in one statement, so a state is used at most once, even across processes. */
export async function takeOidcAanmelding(db: DbOrTx, state: string): Promise<OidcAanmeldingRow | null> {
  const rows = await db.delete(oidcAanmeldingen).where(eq(oidcAanmeldingen.state, state)).returning();
  return rows[0] ?? null;
}

export async function deleteOidcAanmeldingenVoor(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db
    .delete(oidcAanmeldingen)
    .where(lt(oidcAanmeldingen.createdAt, before))
    .returning({ state: oidcAanmeldingen.state });
  return rows.length;
}

const persoonVelden = {
  id: personen.id,
  naam: personen.naam,
  isActief: personen.isActief,
  oidcIssuer: personen.oidcIssuer,
  oidcSubject: personen.oidcSubject,
  version: personen.version,
};

export async function findPersoonByOidc(db: DbOrTx, issuer: string, subject: string) {
  const rows = await db
    .select(persoonVelden)
    .from(personen)
    .where(and(eq(personen.oidcIssuer, issuer), eq(personen.oidcSubject, subject)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPersoonByEmail(db: DbOrTx, email: string) {
  const rows = await db
    .select(persoonVelden)
    .from(personen)
    .where(sql`lower(${personen.email}) = lower(${email})`)
    .limit(1);
  return rows[0] ?? null;
}

/** Links an OIDC identity to a person that has none yet; false when someone linked it meanwhile. */
export async function linkOidcIdentiteit(db: DbOrTx, persoonId: string, issuer: string, subject: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(personen)
    .set({ oidcIssuer: issuer, oidcSubject: subject, version: sql`${personen.version} + 1`, updatedAt: now })
    .where(and(eq(personen.id, persoonId), isNull(personen.oidcSubject)))
    .returning({ id: personen.id });
  return rows.length > 0;
}
