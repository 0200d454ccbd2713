import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDriehoek, buildPersoon, buildPersoonMetRol, buildRol } from '../factories/index.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { createTestApp, login, type TestApp } from '../setup/app.js';

// The role × action table of docs/rollen-en-rechten.md ("personen en rollen"), one test per cell.
let t: TestApp;
const callers: Record<string, Record<string, string>> = {};
let persoonId: string;
let rolId: string;
let geplandeRolId: string;
let d: Awaited<ReturnType<typeof buildDriehoek>>;

beforeAll(async () => {
  t = await createTestApp();
  d = await buildDriehoek(t.db);
  const dg = d.opdrachtgevers[0]!.id;
  const people = {
    beheerder: await buildPersoonMetRol(t.db, 'beheerder'),
    opdrachtgever: await buildPersoonMetRol(t.db, 'opdrachtgever', { organisatieId: dg, driehoekId: d.driehoek.id }),
    'coordinerend-opdrachtgever': await buildPersoonMetRol(t.db, 'coordinerend-opdrachtgever', { organisatieId: dg, driehoekId: d.driehoek.id }),
    eigenaar: await buildPersoonMetRol(t.db, 'eigenaar', { organisatieId: d.eigenaar.id, driehoekId: d.driehoek.id }),
    opdrachtnemer: await buildPersoonMetRol(t.db, 'opdrachtnemer', { organisatieId: d.uitvoeringsorganisatieId, driehoekId: d.driehoek.id }),
    lezer: await buildPersoonMetRol(t.db, 'lezer', { organisatieId: d.eigenaar.id }),
  };
  for (const [name, p] of Object.entries(people)) callers[name] = await login(t.app, p.persoon.email);
  callers['API-token'] = await buildApiTokenHeaders(t.db, d.uitvoeringsorganisatieId);
  callers['niet ingelogd'] = {};
  const target = await buildPersoon(t.db);
  persoonId = target.id;
  rolId = (await buildRol(t.db, { persoonId, rol: 'adviseur', organisatieId: dg })).id;
  geplandeRolId = (await buildRol(t.db, { persoonId, rol: 'adviseur', organisatieId: dg, driehoekId: d.driehoek.id, geldigVan: '2030-01-01' })).id;
});
afterAll(() => t.close());

const reads = () => [
  ['list personen', 'GET', '/api/v1/personen'],
  ['read a persoon', 'GET', `/api/v1/personen/${persoonId}`],
  ["read a persoon's rollen", 'GET', `/api/v1/personen/${persoonId}/rollen`],
  ['list rollen', 'GET', '/api/v1/rollen'],
  ['read a rol', 'GET', `/api/v1/rollen/${rolId}`],
] as const;

const mutations = () => [
  ['create a persoon', 'POST', '/api/v1/personen', { naam: 'Niet Toegestaan', email: 'niet.toegestaan@test.example' }],
  ['update a persoon', 'PATCH', `/api/v1/personen/${persoonId}`, { naam: 'Andere Naam' }],
  ['grant a rol', 'POST', `/api/v1/personen/${persoonId}/rollen`, { rol: 'lezer', organisatieId: d.eigenaar.id }],
  ['end a rol', 'PATCH', `/api/v1/rollen/${rolId}`, { geldigTot: '2026-12-31' }],
  ['delete a planned rol', 'DELETE', `/api/v1/rollen/${geplandeRolId}`, undefined],
] as const;

const NON_ADMINS = ['opdrachtgever', 'coordinerend-opdrachtgever', 'eigenaar', 'opdrachtnemer', 'lezer', 'API-token'];

describe('personen en rollen: who may do what', () => {
  it.each(['beheerder', ...NON_ADMINS])('lets %s read people and roles', async (caller) => {
    for (const [, method, url] of reads()) {
      const response = await t.app.inject({ method, url, headers: callers[caller] });
      expect(response.statusCode, `${method} ${url}`).toBe(200);
    }
  });

  it('answers 401 to reads without login', async () => {
    for (const [, method, url] of reads()) {
      expect((await t.app.inject({ method, url })).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it.each(NON_ADMINS)('answers 403 to %s on every change', async (caller) => {
    for (const [what, method, url, payload] of mutations()) {
      const response = await t.app.inject({ method, url, headers: { ...callers[caller], 'if-match': '"1"' }, ...(payload ? { payload } : {}) });
      expect(response.statusCode, what).toBe(403);
    }
  });

  it('answers 401 to changes without login', async () => {
    for (const [what, method, url, payload] of mutations()) {
      const response = await t.app.inject({ method, url, headers: { 'if-match': '"1"' }, ...(payload ? { payload } : {}) });
      expect(response.statusCode, what).toBe(401);
    }
  });

  it('lets a beheerder make every change', async () => {
    const expected = [201, 200, 201, 200, 204];
    for (const [i, [what, method, url, payload]] of mutations().entries()) {
      const response = await t.app.inject({ method, url, headers: { ...callers.beheerder, 'if-match': '"1"' }, ...(payload ? { payload } : {}) });
      expect(response.statusCode, what).toBe(expected[i]);
    }
  });
});
