import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisaties, personen, rollen } from '../../db/schema/index.js';

export type PersoonRow = typeof personen.$inferSelect;
export type RolRow = typeof rollen.$inferSelect;

export async function findPersoon(db: DbOrTx, id: string): Promise<PersoonRow | null> {
  const rows = await db.select().from(personen).where(eq(personen.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Roles of a person with their organisation's name; only those valid on `today` when given. */
export async function listRollenVanPersoon(db: DbOrTx, persoonId: string, today?: string) {
  return db
    .select({
      id: rollen.id,
      rol: rollen.rol,
      organisatieId: rollen.organisatieId,
      organisatieNaam: organisaties.naam,
      driehoekId: rollen.driehoekId,
      geldigVan: rollen.geldigVan,
      geldigTot: rollen.geldigTot,
    })
    .from(rollen)
    .leftJoin(organisaties, eq(organisaties.id, rollen.organisatieId))
    .where(
      and(
        eq(rollen.persoonId, persoonId),
        today ? sql`${rollen.geldigVan} <= ${today}::date and (${rollen.geldigTot} is null or ${rollen.geldigTot} >= ${today}::date)` : undefined,
      ),
    )
    .orderBy(rollen.geldigVan);
}
