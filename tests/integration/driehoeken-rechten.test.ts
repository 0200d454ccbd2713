import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildPersoonMetRol, buildRol } from '../factories/index.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// Role × action for driehoeken (docs/rollen-en-rechten.md): one test per cell.
let t: TestApp;
let a: Awaited<ReturnType<typeof buildDriehoek>>;
let b: Awaited<ReturnType<typeof buildDriehoek>>;
const as: Record<string, Record<string, string>> = {};
const url = '/api/v1/driehoeken';

async function loginAls(naam: string, rol: Parameters<typeof buildRolhouder>[1], organisatieId: string | null, options: Parameters<typeof buildRolhouder>[3] = {}) {
  const { persoon } = await buildRolhouder(t.db, rol, organisatieId, options);
  as[naam] = await sessieHeaders(t, persoon.id);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  b = await buildDriehoek(t.db, { ministerieId: a.ministerieId });
  // A breach in A, so an exception can be recorded there.
  const dubbel = await buildRolhouder(t.db, 'eigenaar', a.eigenaar.id);
  await buildRol(t.db, { persoonId: dubbel.persoon.id, rol: 'opdrachtgever', organisatieId: a.opdrachtgevers[0]!.id });

  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.lezer = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'lezer')).persoon.id);
  await loginAls('eigenaar', 'eigenaar', a.eigenaar.id);
  await loginAls('eigenaar met driehoek op de rol', 'eigenaar', a.eigenaar.id, { driehoekId: a.driehoek.id });
  await loginAls('coordinerend opdrachtgever', 'coordinerend-opdrachtgever', a.opdrachtgevers[0]!.id);
  const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: a.opdrachtgevers[0]!.id });
  await loginAls('coordinerend opdrachtgever in een directie eronder', 'coordinerend-opdrachtgever', directie.id);
  await loginAls('eigenaar van een andere driehoek', 'eigenaar', b.eigenaar.id);
  await loginAls('coordinerend opdrachtgever van een andere driehoek', 'coordinerend-opdrachtgever', b.opdrachtgevers[0]!.id);
  await loginAls('coordinerend opdrachtgever bij een niet-coordinerende DG', 'coordinerend-opdrachtgever', a.opdrachtgevers[1]!.id);
  await loginAls('oud-eigenaar', 'eigenaar', a.eigenaar.id, { geldigTot: '2026-11-28' });
  await loginAls('opdrachtgever', 'opdrachtgever', a.opdrachtgevers[1]!.id);
  await loginAls('opdrachtnemer', 'opdrachtnemer', a.uitvoeringsorganisatieId);
  await loginAls('procescoordinator', 'procescoordinator', a.uitvoeringsorganisatieId, { driehoekId: a.driehoek.id });
  await loginAls('adviseur', 'adviseur', a.opdrachtgevers[0]!.id);
  as.token = await buildApiTokenHeaders(t.db, a.uitvoeringsorganisatieId);
  as.anoniem = {};
});
afterAll(() => t.close());

async function versionOf(id: string): Promise<string> {
  return (await t.app.inject({ method: 'GET', url: `${url}/${id}`, headers: as.beheerder })).headers.etag as string;
}
const edit = async (who: string, payload: object = { omschrijving: `Gewijzigd door ${who}` }) =>
  t.app.inject({ method: 'PATCH', url: `${url}/${a.driehoek.id}`, headers: { ...as[who], 'if-match': await versionOf(a.driehoek.id) }, payload });
const recordException = (who: string) =>
  t.app.inject({ method: 'POST', url: `${url}/${a.driehoek.id}/scheidingsuitzonderingen`, headers: as[who], payload: { reden: `Uitzondering vastgelegd door ${who}.` } });
const withdrawException = async (who: string) =>
  t.app.inject({ method: 'DELETE', url: `${url}/${a.driehoek.id}/scheidingsuitzondering`, headers: { ...as[who], 'if-match': await versionOf(a.driehoek.id) } });

const lezers = ['beheerder', 'lezer', 'eigenaar', 'opdrachtgever', 'opdrachtnemer', 'token'];
const wijzigers = ['beheerder', 'eigenaar', 'eigenaar met driehoek op de rol', 'coordinerend opdrachtgever', 'coordinerend opdrachtgever in een directie eronder'];
const geweigerd = [
  'eigenaar van een andere driehoek',
  'coordinerend opdrachtgever van een andere driehoek',
  'coordinerend opdrachtgever bij een niet-coordinerende DG',
  'oud-eigenaar',
  'opdrachtgever',
  'opdrachtnemer',
  'procescoordinator',
  'adviseur',
  'lezer',
  'token',
];

describe('driehoeken: who may read', () => {
  it.each(lezers)('lets %s list and read driehoeken', async (who) => {
    expect((await t.app.inject({ method: 'GET', url, headers: as[who] })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${b.driehoek.id}`, headers: as[who] })).statusCode).toBe(200);
  });

  it('answers 401 to anyone not logged in', async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${a.driehoek.id}` })).statusCode).toBe(401);
  });
});

describe('driehoeken: who may edit', () => {
  it.each(wijzigers)('lets %s edit the driehoek and record and withdraw a separation exception', async (who) => {
    expect((await edit(who)).statusCode).toBe(200);
    expect((await recordException(who)).statusCode).toBe(201);
    expect((await withdrawException(who)).statusCode).toBe(200);
  });

  it.each(geweigerd)('answers 403 to %s editing or recording an exception', async (who) => {
    const response = await edit(who);
    expect(response.statusCode).toBe(403);
    expect(json(response).code).toBe('geen-toegang');
    expect((await recordException(who)).statusCode).toBe(403);
    expect((await withdrawException(who)).statusCode).toBe(403);
    const elders = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie' });
    expect((await edit(who, { uitvoeringsorganisatieId: elders.id })).statusCode).toBe(403);
  });

  it('answers 401 to an anonymous edit', async () => {
    expect((await t.app.inject({ method: 'PATCH', url: `${url}/${a.driehoek.id}`, headers: { 'if-match': '"1"' }, payload: { omschrijving: 'x' } })).statusCode).toBe(401);
  });

  it('answers 404, not 403, to an edit of a driehoek that does not exist', async () => {
    const response = await t.app.inject({ method: 'PATCH', url: `${url}/01900000-0000-7000-8000-000000000000`, headers: { ...as.eigenaar, 'if-match': '"1"' }, payload: { omschrijving: 'x' } });
    expect(response.statusCode).toBe(404);
  });

  it('lets only a beheerder move a driehoek to another agency: 403 for its eigenaar', async () => {
    const elders = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie' });
    expect((await edit('eigenaar', { uitvoeringsorganisatieId: elders.id })).statusCode).toBe(403);
    expect((await edit('coordinerend opdrachtgever', { uitvoeringsorganisatieId: elders.id })).statusCode).toBe(403);
  });
});

describe('driehoeken: who may create and delete', () => {
  it('lets only a beheerder create: 403 for every other rol and a token, 401 anonymous', async () => {
    const agency = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie' });
    const payload = { uitvoeringsorganisatieId: agency.id, eigenaarId: a.eigenaar.id, opdrachtgevers: [{ organisatieId: a.opdrachtgevers[0]!.id, isCoordinerend: true }] };
    for (const who of [...wijzigers.filter((w) => w !== 'beheerder'), ...geweigerd]) {
      expect((await t.app.inject({ method: 'POST', url, headers: as[who], payload })).statusCode, who).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url, payload })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, headers: as.beheerder, payload })).statusCode).toBe(201);
  });

  it('lets only a beheerder delete: 403 for its own eigenaar, every other rol and a token, 401 anonymous', async () => {
    const c = await buildDriehoek(t.db);
    const own = await buildRolhouder(t.db, 'eigenaar', c.eigenaar.id);
    const ownHeaders = await sessieHeaders(t, own.persoon.id);
    const del = (headers: Record<string, string>) =>
      t.app.inject({ method: 'DELETE', url: `${url}/${c.driehoek.id}`, headers: { ...headers, 'if-match': '"1"' } });
    expect((await del(ownHeaders)).statusCode).toBe(403);
    for (const who of [...wijzigers.filter((w) => w !== 'beheerder'), ...geweigerd]) {
      expect((await del(as[who]!)).statusCode, who).toBe(403);
    }
    expect((await del({})).statusCode).toBe(401);
    // The eigenaar's rol at the corner is not tied to the driehoek, so the beheerder may delete it.
    expect((await del(as.beheerder!)).statusCode).toBe(204);
  });
});
