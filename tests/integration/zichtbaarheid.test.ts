import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../server/context.js';
import { queryRows } from '../../server/db/client.js';
import { zichtbaarVoor } from '../../server/db/visibility.js';
import { persoonActor, tokenActor } from '../../server/modules/sessies/actor.js';
import { buildDriehoek, buildOrganisatie } from '../factories/index.js';
import { createTestDatabase, type TestDatabase } from '../setup/database.js';

// The shared visibility rule, tested on its own: every later module's list queries use it.
let database: TestDatabase;
let a: Awaited<ReturnType<typeof buildDriehoek>>;
let b: Awaited<ReturnType<typeof buildDriehoek>>;
let directieOnderA: { id: string };
let onderdeelVanA: { id: string };
let buitenstaander: { id: string };

const rol = (organisatieId: string | null, r: Actor['rollen'][number]['rol'] = 'opdrachtgever', driehoekId: string | null = null) => ({
  rolId: '00000000-0000-7000-8000-000000000000',
  rol: r,
  organisatieId,
  driehoekId,
});

async function visible(actor: Actor, options: { toegewezenAan?: string } = {}): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    database.db,
    sql`select d.id from driehoeken d where ${zichtbaarVoor(actor, sql`d.id`, options.toegewezenAan ? { toegewezenAan: [sql`${options.toegewezenAan}::uuid`] } : {})} order by d.id`,
  );
  return rows.map((r) => r.id).filter((id) => id === a.driehoek.id || id === b.driehoek.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  a = await buildDriehoek(database.db, { aantalOpdrachtgevers: 2 });
  b = await buildDriehoek(database.db);
  directieOnderA = await buildOrganisatie(database.db, { soort: 'directie', parentId: a.opdrachtgevers[1]!.id });
  onderdeelVanA = await buildOrganisatie(database.db, { soort: 'onderdeel', parentId: a.uitvoeringsorganisatieId });
  buitenstaander = await buildOrganisatie(database.db, { soort: 'ministerie' });
});
afterAll(() => database.close());

describe('zichtbaarVoor (driehoek-scoped visibility)', () => {
  it('shows a driehoek to someone at an opdrachtgever corner', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(a.opdrachtgevers[0]!.id)]))).toEqual([a.driehoek.id]);
  });

  it('shows it to someone in a directie below a corner DG', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(directieOnderA.id)]))).toEqual([a.driehoek.id]);
  });

  it('shows it to someone in a division of the agency', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(onderdeelVanA.id, 'opdrachtnemer')]))).toEqual([a.driehoek.id]);
  });

  it('shows it to the eigenaar corner', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(b.eigenaar.id, 'eigenaar')]))).toEqual([b.driehoek.id]);
  });

  it('hides it from the ministry above the corners: a corner is the DG, not its parent', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(a.ministerieId)]))).toEqual([]);
  });

  it('hides both from someone outside every corner', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(buitenstaander.id)]))).toEqual([]);
  });

  it('shows a driehoek to someone holding a role in it explicitly (procescoördinator)', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(buitenstaander.id, 'procescoordinator', b.driehoek.id)]))).toEqual([b.driehoek.id]);
  });

  it('shows an item explicitly assigned to the actor’s organisation or one above it', async () => {
    const actor = persoonActor('p', 'P', [rol(directieOnderA.id)]);
    expect(await visible(actor, { toegewezenAan: a.opdrachtgevers[1]!.id })).toEqual([a.driehoek.id, b.driehoek.id].sort());
    expect(await visible(actor, { toegewezenAan: buitenstaander.id })).toEqual([a.driehoek.id]);
  });

  it('shows nothing to a lezer: they see aggregates, not items', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(null, 'lezer')]))).toEqual([]);
  });

  it('shows everything to a beheerder', async () => {
    expect(await visible(persoonActor('p', 'P', [rol(null, 'beheerder')]))).toEqual([a.driehoek.id, b.driehoek.id].sort());
  });

  it('scopes an API token to its organisation', async () => {
    expect(await visible(tokenActor('t', 'T', b.uitvoeringsorganisatieId))).toEqual([b.driehoek.id]);
  });
});
