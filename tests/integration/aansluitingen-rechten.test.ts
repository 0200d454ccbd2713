import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvInhoud, postAansluiting } from '../factories/aansluitingen.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { createTestApp, type TestApp } from '../setup/app.js';

// Role × action for aansluitingen (docs/rollen-en-rechten.md, "aansluitingen"): one test per cell.
let t: TestApp;
let a: Awaited<ReturnType<typeof buildDriehoek>>;
const as: Record<string, Record<string, string>> = {};

async function als(naam: string, ...args: Parameters<typeof buildRolhouder> extends [unknown, ...infer R] ? R : never) {
  as[naam] = await sessieHeaders(t, (await buildRolhouder(t.db, ...args)).persoon.id);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildDriehoek(t.db);
  const b = await buildDriehoek(t.db, { ministerieId: a.ministerieId });
  const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: a.opdrachtgevers[0]!.id });
  await buildOpdracht(t.db, a, { titel: 'Beheer klantportaal', kenmerkOpdrachtgever: 'OPD-1' });
  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.lezer = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'lezer')).persoon.id);
  await als('opdrachtgever', 'opdrachtgever', a.opdrachtgevers[0]!.id);
  await als('adviseur in een directie onder de DG', 'adviseur', directie.id);
  await als('opdrachtnemer', 'opdrachtnemer', a.uitvoeringsorganisatieId);
  await als('eigenaar', 'eigenaar', a.eigenaar.id);
  await als('procescoordinator', 'procescoordinator', null, { driehoekId: a.driehoek.id });
  await als('opdrachtgever van een andere driehoek', 'opdrachtgever', b.opdrachtgevers[0]!.id);
  await als('ministerie boven de hoeken', 'opdrachtgever', a.ministerieId);
  as.token = await buildApiTokenHeaders(t.db, a.uitvoeringsorganisatieId);
  as.anoniem = {};
});
afterAll(() => t.close());

const binnen = ['beheerder', 'opdrachtgever', 'adviseur in een directie onder de DG', 'opdrachtnemer', 'eigenaar', 'procescoordinator', 'token'];
const buiten = ['lezer', 'opdrachtgever van een andere driehoek', 'ministerie boven de hoeken'];
const iedereen = [...binnen, ...buiten, 'anoniem'];

function verwacht(ok: number, buitenStatus: number) {
  return iedereen.map((who) => [who, binnen.includes(who) ? ok : who === 'anoniem' ? 401 : buitenStatus] as const);
}

let n = 0;
/** The register against a list with one row of its own, so a decision never carries over to the next cell. */
const body = () => ({
  driehoekId: a.driehoek.id,
  links: { soort: 'register' },
  rechts: { soort: 'lijst-opdrachtgever', bestandsnaam: 'lijst.csv', inhoud: csvInhoud(['Kenmerk;Titel', `U-${++n};Verkenning nummer ${n}`]) },
});

/** An aansluiting made by the beheerder, for the cells that read or change one. */
async function aansluiting(): Promise<string> {
  const response = await postAansluiting(t, as.beheerder!, body());
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

describe('aansluitingen rights', () => {
  it.each(verwacht(201, 403))('answers %s making an aansluiting with %i', async (who, status) => {
    const response = await postAansluiting(t, as[who]!, body());
    expect(response.statusCode, response.body).toBe(status);
  });

  it.each(verwacht(200, 404))('answers %s reading an aansluiting with %i', async (who, status) => {
    const id = await aansluiting();
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/aansluitingen/${id}`, headers: as[who] });
    expect(response.statusCode).toBe(status);
  });

  it.each(verwacht(200, 404))('answers %s exporting an aansluiting with %i', async (who, status) => {
    const id = await aansluiting();
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/aansluitingen/${id}/export`, headers: as[who] });
    expect(response.statusCode).toBe(status);
  });

  it.each(verwacht(200, 404))('answers %s reading the audit trail of an aansluiting with %i', async (who, status) => {
    const id = await aansluiting();
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=aansluiting&id=${id}`, headers: as[who] });
    expect(response.statusCode).toBe(status);
  });

  it.each(verwacht(201, 404))('answers %s deciding about a pair with %i', async (who, status) => {
    const id = await aansluiting();
    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/aansluitingen/${id}/beslissingen`, headers: as[who], payload: { soort: 'handmatig', links: 1, rechts: 2 },
    });
    expect(response.statusCode, response.body).toBe(status);
  });

  it.each(iedereen.map((who) => [who, binnen.includes(who) ? 'sees it' : who === 'anoniem' ? 401 : 'sees nothing'] as const))(
    'lists aansluitingen for %s: %s',
    async (who, verwachting) => {
      const id = await aansluiting();
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/aansluitingen?pageSize=200', headers: as[who] });
      if (verwachting === 401) return expect(response.statusCode).toBe(401);
      expect(response.statusCode).toBe(200);
      const ids = response.json().items.map((i: { id: string }) => i.id);
      expect(ids.includes(id)).toBe(verwachting === 'sees it');
    },
  );
});
