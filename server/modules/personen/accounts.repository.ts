import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { personen, rollen } from '../../db/schema/index.js';

export type PersoonInsert = typeof personen.$inferInsert;
export type RolInsert = typeof rollen.$inferInsert;

/** What an account looks like to the audit log and the CLI: never the password hash. */
const persoonColumns = {
  id: personen.id,
  naam: personen.naam,
  email: personen.email,
  isActief: personen.isActief,
  version: personen.version,
};

export async function findPersoonByEmail(db: DbOrTx, email: string) {
  const rows = await db.select(persoonColumns).from(personen).where(sql`lower(${personen.email}) = lower(${email})`).limit(1);
  return rows[0] ?? null;
}

export async function insertPersoon(db: DbOrTx, row: PersoonInsert) {
  const rows = await db.insert(personen).values(row).returning(persoonColumns);
  return rows[0]!;
}

export async function insertRol(db: DbOrTx, row: RolInsert) {
  const rows = await db.insert(rollen).values(row).returning();
  return rows[0]!;
}

export async function setPersoonActief(db: DbOrTx, id: string, isActief: boolean, now: Date) {
  const rows = await db
    .update(personen)
    .set({ isActief, version: sql`${personen.version} + 1`, updatedAt: now })
    .where(eq(personen.id, id))
    .returning(persoonColumns);
  return rows[0] ?? null;
}

export interface AccountRow {
  id: string;
  naam: string;
  email: string;
  is_actief: boolean;
  heeft_wachtwoord: boolean;
  rollen: { rol: string; organisatie: string | null; driehoekId: string | null }[] | null;
}

/** Every person with the roles valid on `today`, by name. */
export async function listAccounts(db: DbOrTx, today: string): Promise<AccountRow[]> {
  return queryRows<AccountRow>(db, sql`
    select p.id, p.naam, p.email, p.is_actief, p.wachtwoord_hash is not null as heeft_wachtwoord,
      (select json_agg(json_build_object('rol', r.rol, 'organisatie', coalesce(o.afkorting, o.naam), 'driehoekId', r.driehoek_id)
                       order by r.rol)
         from rollen r left join organisaties o on o.id = r.organisatie_id
        where r.persoon_id = p.id and r.geldig_van <= ${today}::date
          and (r.geldig_tot is null or r.geldig_tot >= ${today}::date)) as rollen
      from personen p
     order by lower(p.naam), p.id`);
}
