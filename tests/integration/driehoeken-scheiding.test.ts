import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driehoekOpdrachtgevers } from '../../server/db/schema/index.js';
import { systemActor } from '../../server/context.js';
import {
  findDriehoekVanUitvoeringsorganisatie,
  getDriehoekHoeken,
  getScheidingWaarschuwingen,
  listDriehoekenMetWaarschuwing,
} from '../../server/modules/driehoeken/driehoeken.service.js';
import { persoonActor } from '../../server/modules/sessies/actor.js';
import { buildRolhouder } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildRol } from '../factories/index.js';
import { createTestDatabase, type TestDatabase } from '../setup/database.js';

// The separation check of DOMAIN.md on its own: owner and commissioner kept apart.
const TODAY = '2026-11-29';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function waarschuwingen(driehoekId: string) {
  return (await getScheidingWaarschuwingen(database.db, TODAY, [driehoekId])).get(driehoekId) ?? [];
}

describe('separation check (scheiding eigenaar/opdrachtgever)', () => {
  it('does not flag a DG under the same ministry as the owner: that is the normal case', async () => {
    const d = await buildDriehoek(database.db, { aantalOpdrachtgevers: 2 });
    await buildRolhouder(database.db, 'eigenaar', d.eigenaar.id);
    await buildRolhouder(database.db, 'coordinerend-opdrachtgever', d.opdrachtgevers[0]!.id);
    expect(await waarschuwingen(d.driehoek.id)).toEqual([]);
  });

  it('flags a driehoek whose eigenaar organisation is also an opdrachtgever corner', async () => {
    const d = await buildDriehoek(database.db);
    await database.db.insert(driehoekOpdrachtgevers).values({ driehoekId: d.driehoek.id, organisatieId: d.eigenaar.id });
    expect(await waarschuwingen(d.driehoek.id)).toEqual([
      expect.objectContaining({ soort: 'zelfde-organisatie', organisatieId: d.eigenaar.id, persoonId: null }),
    ]);
  });

  it('flags one person holding an eigenaar rol and an opdrachtgever rol in the same driehoek', async () => {
    const d = await buildDriehoek(database.db);
    const { persoon } = await buildRolhouder(database.db, 'eigenaar', d.eigenaar.id, { naam: 'Dubbele Pet' });
    await buildRol(database.db, { persoonId: persoon.id, rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[0]!.id });
    const found = await waarschuwingen(d.driehoek.id);
    expect(found).toEqual([expect.objectContaining({ soort: 'zelfde-persoon', persoonId: persoon.id })]);
    expect(found[0]!.omschrijving).toContain('Dubbele Pet');
  });

  it('counts an opdrachtgever rol in a directie below a corner DG', async () => {
    const d = await buildDriehoek(database.db);
    const directie = await buildOrganisatie(database.db, { soort: 'directie', parentId: d.opdrachtgevers[0]!.id });
    const { persoon } = await buildRolhouder(database.db, 'eigenaar', d.eigenaar.id);
    await buildRol(database.db, { persoonId: persoon.id, rol: 'opdrachtgever', organisatieId: directie.id });
    expect(await waarschuwingen(d.driehoek.id)).toHaveLength(1);
  });

  it('ignores rollen that have ended or not yet begun', async () => {
    const d = await buildDriehoek(database.db);
    const { persoon } = await buildRolhouder(database.db, 'eigenaar', d.eigenaar.id);
    await buildRol(database.db, { persoonId: persoon.id, rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[0]!.id, geldigTot: '2026-11-28' });
    await buildRol(database.db, { persoonId: persoon.id, rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[0]!.id, geldigVan: '2026-11-30' });
    expect(await waarschuwingen(d.driehoek.id)).toEqual([]);
  });

  it('ignores a rol that names another driehoek, even at a shared DG', async () => {
    const a = await buildDriehoek(database.db);
    const b = await buildDriehoek(database.db, { ministerieId: a.ministerieId });
    await database.db.insert(driehoekOpdrachtgevers).values({ driehoekId: b.driehoek.id, organisatieId: a.opdrachtgevers[0]!.id, isCoordinerend: false });
    const { persoon } = await buildRolhouder(database.db, 'eigenaar', a.eigenaar.id);
    await buildRol(database.db, { persoonId: persoon.id, rol: 'opdrachtgever', organisatieId: a.opdrachtgevers[0]!.id, driehoekId: b.driehoek.id });
    expect(await waarschuwingen(a.driehoek.id)).toEqual([]);
  });

  it('checks every driehoek when no ids are given and leaves clean ones out', async () => {
    const clean = await buildDriehoek(database.db);
    const flagged = await buildDriehoek(database.db);
    await database.db.insert(driehoekOpdrachtgevers).values({ driehoekId: flagged.driehoek.id, organisatieId: flagged.eigenaar.id });
    const all = await getScheidingWaarschuwingen(database.db, TODAY);
    expect(all.has(flagged.driehoek.id)).toBe(true);
    expect(all.has(clean.driehoek.id)).toBe(false);
  });
});

describe('driehoeken service for other modules', () => {
  const clock = { now: () => new Date(`${TODAY}T10:00:00Z`) };

  it('lists the flagged driehoeken, and with isMijn only those the caller holds a rol in', async () => {
    const mine = await buildDriehoek(database.db);
    const other = await buildDriehoek(database.db);
    for (const d of [mine, other]) {
      await database.db.insert(driehoekOpdrachtgevers).values({ driehoekId: d.driehoek.id, organisatieId: d.eigenaar.id });
    }
    const all = await listDriehoekenMetWaarschuwing({ db: database.db, actor: systemActor(), requestId: undefined, clock });
    expect(all.map((d) => d.id)).toEqual(expect.arrayContaining([mine.driehoek.id, other.driehoek.id]));
    const actor = persoonActor('p', 'P', [{ rolId: 'r', rol: 'eigenaar', organisatieId: mine.eigenaar.id, driehoekId: null }]);
    const own = await listDriehoekenMetWaarschuwing({ db: database.db, actor, requestId: undefined, clock }, { isMijn: true });
    expect(own.map((d) => [d.id, d.heeftScheidingWaarschuwing])).toEqual([[mine.driehoek.id, true]]);
  });

  it('gives the corner organisations of a driehoek, by id or by its agency', async () => {
    const d = await buildDriehoek(database.db, { aantalOpdrachtgevers: 2 });
    const hoeken = await getDriehoekHoeken(database.db, d.driehoek.id);
    expect(hoeken).toMatchObject({
      uitvoeringsorganisatieId: d.uitvoeringsorganisatieId,
      eigenaarId: d.eigenaar.id,
      coordinerendOpdrachtgeverId: d.opdrachtgevers[0]!.id,
    });
    expect(hoeken.opdrachtgeverIds.sort()).toEqual(d.opdrachtgevers.map((o) => o.id).sort());
    expect(await findDriehoekVanUitvoeringsorganisatie(database.db, d.uitvoeringsorganisatieId)).toEqual(hoeken);
    await expect(getDriehoekHoeken(database.db, '01900000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'driehoek-niet-gevonden' });
  });
});
