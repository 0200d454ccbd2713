import type { OpdrachtSoort, OpdrachtStatus, VoortgangStatus } from '../../common/enums.js';
import type { DbOrTx } from '../../server/db/client.js';
import { opdrachtJaren, opdrachtStatuswijzigingen, opdrachten, voortgangsmeldingen } from '../../server/db/schema/index.js';
import { newId } from '../../server/lib/ids.js';
import type { buildDriehoek } from './index.js';

type Driehoek = Awaited<ReturnType<typeof buildDriehoek>>;
let counter = 0;

/**
 * An opdracht in a driehoek built by `buildDriehoek`: by default of its first (coördinerende)
 * opdrachtgever, a project in concept. `jaren` are [jaar, budget in cents, fte].
 */
export async function buildOpdracht(
  db: DbOrTx,
  driehoek: Driehoek,
  overrides: Partial<typeof opdrachten.$inferInsert> & { status?: OpdrachtStatus; soort?: OpdrachtSoort; jaren?: [number, number | null, number | null][] } = {},
) {
  const { jaren = [], ...values } = overrides;
  const rows = await db
    .insert(opdrachten)
    .values({
      id: newId(),
      titel: `Opdracht ${++counter}`,
      opdrachtgeverId: driehoek.opdrachtgevers[0]!.id,
      uitvoeringsorganisatieId: driehoek.uitvoeringsorganisatieId,
      driehoekId: driehoek.driehoek.id,
      soort: 'project',
      ...values,
    })
    .returning();
  const opdracht = rows[0]!;
  if (jaren.length) {
    await db.insert(opdrachtJaren).values(jaren.map(([jaar, budget, fte]) => ({ opdrachtId: opdracht.id, jaar, budgetCent: budget, fte: fte === null ? null : fte.toFixed(1) })));
  }
  await db.insert(opdrachtStatuswijzigingen).values({
    id: newId(),
    opdrachtId: opdracht.id,
    van: null,
    naar: opdracht.status,
    doorOmschrijving: 'test',
    tijdstip: new Date('2026-01-01T00:00:00Z'),
  });
  return opdracht;
}

export async function buildVoortgangsmelding(
  db: DbOrTx,
  opdrachtId: string,
  overrides: Partial<typeof voortgangsmeldingen.$inferInsert> & { periode: string; status?: VoortgangStatus },
) {
  const rows = await db
    .insert(voortgangsmeldingen)
    .values({
      id: newId(),
      opdrachtId,
      status: 'groen',
      tekst: 'Loopt volgens plan.',
      gemeldDoorNaam: 'Uitvoerder',
      gemeldOp: new Date('2026-10-05T09:00:00Z'),
      ...overrides,
    })
    .returning();
  return rows[0]!;
}
