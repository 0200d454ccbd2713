import type { OrganisatieSoort, RolSoort } from '../../common/enums.js';
import type { DbOrTx } from '../../server/db/client.js';
import {
  beleidsterreinen,
  beleidsterreinUitvoerders,
  driehoekOpdrachtgevers,
  driehoeken,
  organisaties,
  personen,
  rollen,
} from '../../server/db/schema/index.js';
import { newId } from '../../server/lib/ids.js';
import { hashWachtwoord } from '../../server/modules/sessies/wachtwoord.js';

/**
 * Test data builders: insert straight into the tables with sensible defaults, so a test
 * states only what matters to it. Never the demo rows.
 */

export const TEST_WACHTWOORD = 'test-wachtwoord-123';
let hash: Promise<string> | undefined;
const testHash = () => (hash ??= hashWachtwoord(TEST_WACHTWOORD));
let counter = 0;
const next = () => ++counter;

export async function buildOrganisatie(
  db: DbOrTx,
  overrides: Partial<typeof organisaties.$inferInsert> & { soort?: OrganisatieSoort } = {},
) {
  const n = next();
  const rows = await db
    .insert(organisaties)
    .values({ id: newId(), naam: `Organisatie ${n}`, afkorting: `ORG${n}`, soort: 'ministerie', ...overrides })
    .returning();
  return rows[0]!;
}

export async function buildPersoon(db: DbOrTx, overrides: Partial<typeof personen.$inferInsert> = {}) {
  const n = next();
  const rows = await db
    .insert(personen)
    .values({ id: newId(), naam: `Persoon ${n}`, email: `persoon${n}@test.example`, wachtwoordHash: await testHash(), ...overrides })
    .returning();
  return rows[0]!;
}

export async function buildRol(
  db: DbOrTx,
  values: Partial<typeof rollen.$inferInsert> & { persoonId: string; rol: RolSoort },
) {
  const rows = await db.insert(rollen).values({ id: newId(), geldigVan: '2020-01-01', ...values }).returning();
  return rows[0]!;
}

/** A person with one role; returns the person and the role. */
export async function buildPersoonMetRol(
  db: DbOrTx,
  rol: RolSoort,
  rolValues: Partial<typeof rollen.$inferInsert> = {},
  persoonValues: Partial<typeof personen.$inferInsert> = {},
) {
  const persoon = await buildPersoon(db, persoonValues);
  const r = await buildRol(db, { ...rolValues, persoonId: persoon.id, rol });
  return { persoon, rol: r };
}

/**
 * A complete driehoek: a ministry with bestuursstaf (eigenaar) and DGs (opdrachtgevers, the
 * first coördinerend) and an agency. Pass existing organisations to share them.
 */
export async function buildDriehoek(
  db: DbOrTx,
  options: { ministerieId?: string; aantalOpdrachtgevers?: number; uitvoeringsorganisatieId?: string } = {},
) {
  const ministerie = options.ministerieId ? { id: options.ministerieId } : await buildOrganisatie(db, { soort: 'ministerie' });
  const eigenaar = await buildOrganisatie(db, { soort: 'bestuursstaf', parentId: ministerie.id, naam: `Bestuursstaf ${next()}` });
  const opdrachtgevers = [];
  for (let i = 0; i < (options.aantalOpdrachtgevers ?? 1); i++) {
    opdrachtgevers.push(await buildOrganisatie(db, { soort: 'directoraat-generaal', parentId: ministerie.id, naam: `DG ${next()}` }));
  }
  const uitvoeringsorganisatie = options.uitvoeringsorganisatieId
    ? { id: options.uitvoeringsorganisatieId }
    : await buildOrganisatie(db, { soort: 'uitvoeringsorganisatie', naam: `Uitvoerder ${next()}` });
  const rows = await db
    .insert(driehoeken)
    .values({ id: newId(), uitvoeringsorganisatieId: uitvoeringsorganisatie.id, eigenaarId: eigenaar.id })
    .returning();
  const driehoek = rows[0]!;
  await db.insert(driehoekOpdrachtgevers).values(
    opdrachtgevers.map((o, i) => ({ driehoekId: driehoek.id, organisatieId: o.id, isCoordinerend: i === 0 })),
  );
  return { driehoek, ministerieId: ministerie.id, eigenaar, opdrachtgevers, uitvoeringsorganisatieId: uitvoeringsorganisatie.id };
}

export async function buildBeleidsterrein(
  db: DbOrTx,
  overrides: Partial<typeof beleidsterreinen.$inferInsert> & { uitvoerderIds?: string[] } = {},
) {
  const { uitvoerderIds = [], ...values } = overrides;
  const rows = await db
    .insert(beleidsterreinen)
    .values({ id: newId(), naam: `Beleidsterrein ${next()}`, ...values })
    .returning();
  const terrein = rows[0]!;
  if (uitvoerderIds.length) {
    await db.insert(beleidsterreinUitvoerders).values(uitvoerderIds.map((organisatieId) => ({ beleidsterreinId: terrein.id, organisatieId })));
  }
  return terrein;
}
