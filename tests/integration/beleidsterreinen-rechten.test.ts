import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildBeleidsterrein, buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// Role × action for beleidsterreinen (docs/rollen-en-rechten.md): one test per cell.
let t: TestApp;
let a: Awaited<ReturnType<typeof buildDriehoek>>;
let b: Awaited<ReturnType<typeof buildDriehoek>>;
const as: Record<string, Record<string, string>> = {};
const url = '/api/v1/beleidsterreinen';

async function loginAls(naam: string, rol: Parameters<typeof buildRolhouder>[1], organisatieId: string | null, options: Parameters<typeof buildRolhouder>[3] = {}) {
  const { persoon } = await buildRolhouder(t.db, rol, organisatieId, options);
  as[naam] = await sessieHeaders(t, persoon.id);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  b = await buildDriehoek(t.db, { ministerieId: a.ministerieId });
  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.lezer = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'lezer')).persoon.id);
  await loginAls('eigenaar', 'eigenaar', a.eigenaar.id);
  await loginAls('eigenaar met driehoek op de rol', 'eigenaar', a.eigenaar.id, { driehoekId: a.driehoek.id });
  await loginAls('coordinerend opdrachtgever', 'coordinerend-opdrachtgever', a.opdrachtgevers[0]!.id);
  const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: a.opdrachtgevers[0]!.id });
  await loginAls('coordinerend opdrachtgever in een directie eronder', 'coordinerend-opdrachtgever', directie.id);
  await loginAls('eigenaar van een andere driehoek', 'eigenaar', b.eigenaar.id);
  await loginAls('coordinerend opdrachtgever van een andere driehoek', 'coordinerend-opdrachtgever', b.opdrachtgevers[0]!.id);
  await loginAls('oud-eigenaar', 'eigenaar', a.eigenaar.id, { geldigTot: '2026-11-28' });
  await loginAls('opdrachtgever', 'opdrachtgever', a.opdrachtgevers[1]!.id);
  await loginAls('opdrachtnemer', 'opdrachtnemer', a.uitvoeringsorganisatieId);
  await loginAls('procescoordinator', 'procescoordinator', a.uitvoeringsorganisatieId, { driehoekId: a.driehoek.id });
  await loginAls('adviseur', 'adviseur', a.opdrachtgevers[0]!.id);
  as.token = await buildApiTokenHeaders(t.db, a.uitvoeringsorganisatieId);
  as.anoniem = {};
});
afterAll(() => t.close());

/** A fresh orphan executed by A's agency, so each cell starts at version 1. */
const wees = (uitvoerderIds = [a.uitvoeringsorganisatieId]) => buildBeleidsterrein(t.db, { naam: 'Terrein onder test', uitvoerderIds });
const edit = (who: string, id: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `${url}/${id}`, headers: { ...as[who], 'if-match': '"1"' }, payload });
const assign = (who: string, id: string, beleidsverantwoordelijkeId: string | null = a.opdrachtgevers[1]!.id) =>
  t.app.inject({ method: 'POST', url: `${url}/${id}/toewijzingen`, headers: { ...as[who], 'if-match': '"1"' }, payload: { beleidsverantwoordelijkeId } });
const create = (who: string) => t.app.inject({ method: 'POST', url, headers: as[who], payload: { naam: `Nieuw terrein van ${who}` } });
const remove = (who: string, id: string) => t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: { ...as[who], 'if-match': '"1"' } });

const lezers = ['beheerder', 'lezer', 'eigenaar', 'opdrachtgever', 'opdrachtnemer', 'procescoordinator', 'token'];
const toewijzers = ['beheerder', 'eigenaar', 'eigenaar met driehoek op de rol', 'coordinerend opdrachtgever', 'coordinerend opdrachtgever in een directie eronder'];
const geweigerd = [
  'eigenaar van een andere driehoek',
  'coordinerend opdrachtgever van een andere driehoek',
  'oud-eigenaar',
  'opdrachtgever',
  'opdrachtnemer',
  'procescoordinator',
  'adviseur',
  'lezer',
  'token',
];

describe('beleidsterreinen: who may read', () => {
  it.each(lezers)('lets %s list, read and see the tree', async (who) => {
    const terrein = await wees();
    expect((await t.app.inject({ method: 'GET', url: `${url}?isWees=true`, headers: as[who] })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${terrein.id}`, headers: as[who] })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `${url}/boom`, headers: as[who] })).statusCode).toBe(200);
  });

  it('answers 401 to anyone not logged in', async () => {
    const terrein = await wees();
    for (const path of [url, `${url}/boom`, `${url}/${terrein.id}`]) {
      expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(401);
    }
  });
});

describe('beleidsterreinen: who may set the beleidsverantwoordelijke', () => {
  it.each(toewijzers)('lets %s set it with PATCH and with a toewijzing', async (who) => {
    const patched = await edit(who, (await wees()).id, { beleidsverantwoordelijkeId: a.opdrachtgevers[1]!.id });
    expect(patched.statusCode).toBe(200);
    expect(json(patched).beleidsverantwoordelijkeId).toBe(a.opdrachtgevers[1]!.id);
    const assigned = await assign(who, (await wees()).id);
    expect(assigned.statusCode).toBe(201);
  });

  it.each(geweigerd)('answers 403 to %s, for PATCH (of any field) and toewijzing alike', async (who) => {
    const terrein = await wees();
    expect((await edit(who, terrein.id, { beleidsverantwoordelijkeId: a.opdrachtgevers[1]!.id })).statusCode).toBe(403);
    expect((await edit(who, terrein.id, { naam: 'Nieuwe naam' })).statusCode).toBe(403);
    expect((await assign(who, terrein.id)).statusCode).toBe(403);
    expect(json(await t.app.inject({ method: 'GET', url: `${url}/${terrein.id}`, headers: as.beheerder }))).toMatchObject({ isWees: true, version: 1 });
  });

  it('lets the eigenaar of a driehoek whose agency is one of several uitvoerders set it', async () => {
    const terrein = await wees([b.uitvoeringsorganisatieId, a.uitvoeringsorganisatieId]);
    expect((await assign('eigenaar van een andere driehoek', terrein.id, b.opdrachtgevers[0]!.id)).statusCode).toBe(201);
  });

  it('lets the eigenaar orphan a terrein with a null toewijzing', async () => {
    const terrein = await buildBeleidsterrein(t.db, { beleidsverantwoordelijkeId: a.opdrachtgevers[0]!.id, uitvoerderIds: [a.uitvoeringsorganisatieId] });
    const response = await assign('eigenaar', terrein.id, null);
    expect(response.statusCode).toBe(201);
    expect(json(response).isWees).toBe(true);
  });

  it('answers 401 to anyone not logged in', async () => {
    const terrein = await wees();
    expect((await edit('anoniem', terrein.id, { beleidsverantwoordelijkeId: a.opdrachtgevers[1]!.id })).statusCode).toBe(401);
    expect((await assign('anoniem', terrein.id)).statusCode).toBe(401);
  });
});

describe('beleidsterreinen: who may edit everything else, create and delete', () => {
  it.each(toewijzers.filter((w) => w !== 'beheerder'))('answers 403 to %s changing anything but the beleidsverantwoordelijke', async (who) => {
    const terrein = await wees();
    const response = await edit(who, terrein.id, { naam: 'Nieuwe naam', beleidsverantwoordelijkeId: a.opdrachtgevers[1]!.id });
    expect(response.statusCode).toBe(403);
    expect(json(response).detail).toContain('naam');
    for (const payload of [{ uitvoerderIds: [] }, { parentId: (await wees()).id }, { wettelijkeGrondslagen: ['Wet X'] }, { omschrijving: 'Anders' }]) {
      expect((await edit(who, terrein.id, payload)).statusCode).toBe(403);
    }
  });

  it('lets the eigenaar send unchanged fields along with a new beleidsverantwoordelijke', async () => {
    const terrein = await wees();
    const response = await edit('eigenaar', terrein.id, { naam: terrein.naam, uitvoerderIds: [a.uitvoeringsorganisatieId], beleidsverantwoordelijkeId: a.opdrachtgevers[0]!.id });
    expect(response.statusCode).toBe(200);
  });

  it('lets a beheerder edit everything, create and delete', async () => {
    expect((await edit('beheerder', (await wees()).id, { naam: 'Hernoemd', wettelijkeGrondslagen: ['Wet Y'] })).statusCode).toBe(200);
    expect((await create('beheerder')).statusCode).toBe(201);
    expect((await remove('beheerder', (await wees()).id)).statusCode).toBe(204);
  });

  it.each([...toewijzers.filter((w) => w !== 'beheerder'), ...geweigerd])('answers 403 to %s creating or deleting', async (who) => {
    expect((await create(who)).statusCode).toBe(403);
    expect((await remove(who, (await wees()).id)).statusCode).toBe(403);
  });

  it('answers 401 to anyone not logged in', async () => {
    expect((await create('anoniem')).statusCode).toBe(401);
    expect((await edit('anoniem', (await wees()).id, { naam: 'Anoniem' })).statusCode).toBe(401);
    expect((await remove('anoniem', (await wees()).id)).statusCode).toBe(401);
  });
});
