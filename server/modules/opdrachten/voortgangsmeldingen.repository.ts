import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { voortgangsmeldingen } from '../../db/schema/index.js';

export type VoortgangsmeldingRow = typeof voortgangsmeldingen.$inferSelect;
export type VoortgangsmeldingInsert = typeof voortgangsmeldingen.$inferInsert;

export async function insertVoortgangsmelding(db: DbOrTx, row: VoortgangsmeldingInsert): Promise<VoortgangsmeldingRow> {
  const rows = await db.insert(voortgangsmeldingen).values(row).returning();
  return rows[0]!;
}

export async function findVoortgangsmelding(db: DbOrTx, id: string): Promise<VoortgangsmeldingRow | null> {
  const rows = await db.select().from(voortgangsmeldingen).where(eq(voortgangsmeldingen.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findVoortgangsmeldingForUpdate(db: DbOrTx, id: string): Promise<VoortgangsmeldingRow | null> {
  const rows = await db.select().from(voortgangsmeldingen).where(eq(voortgangsmeldingen.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function findByPeriode(db: DbOrTx, opdrachtId: string, periode: string): Promise<VoortgangsmeldingRow | null> {
  const rows = await db
    .select()
    .from(voortgangsmeldingen)
    .where(and(eq(voortgangsmeldingen.opdrachtId, opdrachtId), eq(voortgangsmeldingen.periode, periode)))
    .limit(1);
  return rows[0] ?? null;
}

/** All meldingen of an opdracht, the latest reported first. */
export async function listVanOpdracht(db: DbOrTx, opdrachtId: string): Promise<VoortgangsmeldingRow[]> {
  return db
    .select()
    .from(voortgangsmeldingen)
    .where(eq(voortgangsmeldingen.opdrachtId, opdrachtId))
    .orderBy(desc(voortgangsmeldingen.gemeldOp), desc(voortgangsmeldingen.id));
}

export async function findLaatste(db: DbOrTx, opdrachtId: string): Promise<VoortgangsmeldingRow | null> {
  const rows = await db
    .select()
    .from(voortgangsmeldingen)
    .where(eq(voortgangsmeldingen.opdrachtId, opdrachtId))
    .orderBy(desc(voortgangsmeldingen.gemeldOp), desc(voortgangsmeldingen.id))
    .limit(1);
  return rows[0] ?? null;
}

/** Records the acknowledgement once: null when someone else acknowledged it first. */
export async function bevestig(
  db: DbOrTx,
  id: string,
  values: { bevestigdDoor: string | null; bevestigdDoorNaam: string; bevestigdOp: Date; reactie: string | null },
): Promise<VoortgangsmeldingRow | null> {
  const rows = await db
    .update(voortgangsmeldingen)
    .set({ ...values, version: sql`${voortgangsmeldingen.version} + 1`, updatedAt: values.bevestigdOp })
    .where(and(eq(voortgangsmeldingen.id, id), isNull(voortgangsmeldingen.bevestigdOp)))
    .returning();
  return rows[0] ?? null;
}

/** The period a check-in is due for, per frequency (the last completed one). */
export interface DuePeriode {
  frequentie: string;
  periode: string;
  start: string;
  eind: string;
}

export interface OpdrachtKortRow {
  id: string;
  titel: string;
  status: string;
  driehoek_id: string;
  opdrachtgever_id: string;
  opdrachtgever_naam: string;
  uitvoeringsorganisatie_id: string;
  uitvoeringsorganisatie_naam: string;
  voortgang_frequentie: string;
}

const kortKolommen = sql`o.id, o.titel, o.status, o.driehoek_id, o.opdrachtgever_id, coalesce(og.afkorting, og.naam) as opdrachtgever_naam,
  o.uitvoeringsorganisatie_id, coalesce(uo.afkorting, uo.naam) as uitvoeringsorganisatie_naam, o.voortgang_frequentie`;

/**
 * Opdrachten in uitvoering, within `zijde`, that ran during the last completed period of their
 * frequency and have no melding for it. Without a startdatum the registration date counts.
 */
export async function listAchterstallig(db: DbOrTx, zijde: SQL, perioden: DuePeriode[], limit: number) {
  const values = sql.join(perioden.map((p) => sql`(${p.frequentie}, ${p.periode}, ${p.start}::date, ${p.eind}::date)`), sql`, `);
  const from = sql`from opdrachten o
    join (values ${values}) as p(frequentie, periode, start, eind) on p.frequentie = o.voortgang_frequentie
    join organisaties og on og.id = o.opdrachtgever_id
    join organisaties uo on uo.id = o.uitvoeringsorganisatie_id
   where o.status = 'in-uitvoering'
     and ${zijde}
     and coalesce(o.startdatum, o.created_at::date) <= p.eind
     and (o.einddatum is null or o.einddatum >= p.start)
     and not exists (select 1 from voortgangsmeldingen v where v.opdracht_id = o.id and v.periode = p.periode)`;
  const [items, count] = await Promise.all([
    queryRows<OpdrachtKortRow & { periode: string; eind: string }>(db, sql`
      select ${kortKolommen}, p.periode, p.eind::text as eind ${from} order by p.eind, o.titel, o.id limit ${limit}`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n ${from}`),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

/** Meldingen nobody has acknowledged yet, of opdrachten within `zijde`, the oldest first. */
export async function listOnbevestigd(db: DbOrTx, zijde: SQL, limit: number) {
  const from = sql`from voortgangsmeldingen v
    join opdrachten o on o.id = v.opdracht_id
    join organisaties og on og.id = o.opdrachtgever_id
    join organisaties uo on uo.id = o.uitvoeringsorganisatie_id
   where v.bevestigd_op is null and ${zijde}`;
  const [items, count] = await Promise.all([
    queryRows<OpdrachtKortRow & { melding_id: string }>(db, sql`
      select ${kortKolommen}, v.id as melding_id ${from} order by v.gemeld_op, v.id limit ${limit}`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n ${from}`),
  ]);
  const ids = items.map((i) => i.melding_id);
  const meldingen = ids.length
    ? await db.select().from(voortgangsmeldingen).where(sql`${voortgangsmeldingen.id} = any(${sql.param(ids)}::uuid[])`)
    : [];
  const byId = new Map(meldingen.map((m) => [m.id, m]));
  return { items: items.map((i) => ({ opdracht: i, melding: byId.get(i.melding_id)! })), total: count[0]?.n ?? 0 };
}
