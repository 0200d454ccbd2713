import { and, eq, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { apiTokens, personen, sessies } from '../../db/schema/index.js';
import type { RolSoort } from '../../../common/enums.js';

export interface SessieRow {
  sessieId: string;
  persoonId: string;
  naam: string;
  email: string;
  lastSeenAt: Date;
  rollen: { rolId: string; rol: RolSoort; organisatieId: string | null; driehoekId: string | null }[];
}

/**
 * One round trip per request: the live session, its person and their roles valid on `today`.
 * Sessions past their idle or absolute timeout are not found.
 */
export async function findLiveSessie(db: DbOrTx, tokenHash: string, idleSince: Date, today: string): Promise<SessieRow | null> {
  const rows = await queryRows<{
    sessie_id: string;
    persoon_id: string;
    naam: string;
    email: string;
    last_seen_at: string | Date;
    rollen: SessieRow['rollen'] | null;
  }>(db, sql`
    select s.id as sessie_id, p.id as persoon_id, p.naam, p.email, s.last_seen_at,
      (select json_agg(json_build_object('rolId', r.id, 'rol', r.rol, 'organisatieId', r.organisatie_id, 'driehoekId', r.driehoek_id))
         from rollen r
        where r.persoon_id = p.id and r.geldig_van <= ${today}::date
          and (r.geldig_tot is null or r.geldig_tot >= ${today}::date)) as rollen
      from sessies s join personen p on p.id = s.persoon_id
     where s.token_hash = ${tokenHash} and s.expires_at > now() and s.last_seen_at > ${idleSince.toISOString()}::timestamptz
       and p.is_actief`);
  const row = rows[0];
  if (!row) return null;
  return {
    sessieId: row.sessie_id,
    persoonId: row.persoon_id,
    naam: row.naam,
    email: row.email,
    lastSeenAt: new Date(row.last_seen_at),
    rollen: row.rollen ?? [],
  };
}

export async function touchSessie(db: DbOrTx, sessieId: string, now: Date): Promise<void> {
  await db.update(sessies).set({ lastSeenAt: now }).where(eq(sessies.id, sessieId));
}

export async function insertSessie(
  db: DbOrTx,
  row: { id: string; tokenHash: string; persoonId: string; via: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(sessies).values({ ...row, lastSeenAt: row.createdAt });
}

export async function deleteSessie(db: DbOrTx, sessieId: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.id, sessieId));
}

export async function deleteSessiesVanPersoon(db: DbOrTx, persoonId: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.persoonId, persoonId));
}

/** Removes expired sessions; idempotent, so several processes may run it at once. */
export async function deleteVerlopenSessies(db: DbOrTx, now: Date, idleSince: Date): Promise<number> {
  const deleted = await db
    .delete(sessies)
    .where(or(lt(sessies.expiresAt, now), lt(sessies.lastSeenAt, idleSince)))
    .returning({ id: sessies.id });
  return deleted.length;
}

export async function findPersoonVoorAanmelding(db: DbOrTx, email: string) {
  const rows = await db
    .select({ id: personen.id, naam: personen.naam, wachtwoordHash: personen.wachtwoordHash, isActief: personen.isActief })
    .from(personen)
    .where(sql`lower(${personen.email}) = lower(${email})`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findActiveApiToken(db: DbOrTx, tokenHash: string) {
  const rows = await db
    .select({ id: apiTokens.id, naam: apiTokens.naam, organisatieId: apiTokens.organisatieId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), sql`${apiTokens.ingetrokkenOp} is null`))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchApiToken(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(and(eq(apiTokens.id, id), or(sql`${apiTokens.lastUsedAt} is null`, lt(apiTokens.lastUsedAt, new Date(now.getTime() - 60_000)))));
}

