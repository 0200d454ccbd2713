import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opdracht } from '../../common/api/opdrachten.js';
import type { Page } from '../../common/api/common.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildBeleidsterrein, buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht, buildVoortgangsmelding } from '../factories/opdrachten.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// Listing opdrachten (paging, sorting, search, filters) and who sees which: the issue's
// "people outside the driehoek's corners get 404".
let t: TestApp;
let a: Awaited<ReturnType<typeof buildDriehoek>>;
let b: Awaited<ReturnType<typeof buildDriehoek>>;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const url = '/api/v1/opdrachten';

async function als(naam: string, ...args: Parameters<typeof buildRolhouder> extends [unknown, ...infer R] ? R : never) {
  as[naam] = await sessieHeaders(t, (await buildRolhouder(t.db, ...args)).persoon.id);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  b = await buildDriehoek(t.db, { ministerieId: a.ministerieId });
  const terrein = await buildBeleidsterrein(t.db);
  ids.ww = (await buildOpdracht(t.db, a, { titel: 'WW-herziening', soort: 'wetgeving', status: 'afgesproken', kenmerkOpdrachtgever: 'SZW-77', beleidsterreinId: terrein.id, labels: ['ww'], jaren: [[2027, 100, 1]] })).id;
  ids.ict = (await buildOpdracht(t.db, a, { titel: 'ICT-vernieuwing', soort: 'project', kenmerkUitvoerder: 'UWV-ICT-9', opdrachtgeverId: a.opdrachtgevers[1]!.id, startdatum: '2025-01-01', einddatum: '2026-06-30' })).id;
  ids.taak = (await buildOpdracht(t.db, a, { titel: 'Arbeidsongeschiktheid', soort: 'staande-taak', labels: ['wia', 'ww'] })).id;
  ids.b = (await buildOpdracht(t.db, b, { titel: 'Opdracht in B' })).id;
  await buildVoortgangsmelding(t.db, ids.b, { periode: '2026-K3' });

  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.lezer = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'lezer')).persoon.id);
  await als('opdrachtgever', 'opdrachtgever', a.opdrachtgevers[0]!.id);
  await als('opdrachtgever bij de andere DG', 'opdrachtgever', a.opdrachtgevers[1]!.id);
  const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: a.opdrachtgevers[0]!.id });
  await als('adviseur in een directie onder een hoek', 'adviseur', directie.id);
  await als('eigenaar', 'eigenaar', a.eigenaar.id);
  await als('opdrachtnemer', 'opdrachtnemer', a.uitvoeringsorganisatieId);
  const onderdeel = await buildOrganisatie(t.db, { soort: 'onderdeel', parentId: a.uitvoeringsorganisatieId });
  await als('opdrachtnemer bij een onderdeel', 'opdrachtnemer', onderdeel.id);
  const elders = await buildOrganisatie(t.db, { soort: 'ministerie' });
  await als('procescoordinator', 'procescoordinator', elders.id, { driehoekId: a.driehoek.id });
  await als('ministerie boven de hoeken', 'opdrachtgever', a.ministerieId);
  await als('oud-opdrachtgever', 'opdrachtgever', a.opdrachtgevers[0]!.id, { geldigTot: '2026-11-28' });
  as.token = await buildApiTokenHeaders(t.db, a.uitvoeringsorganisatieId);
});
afterAll(() => t.close());

const list = async (query = '', who = 'beheerder') => json<Page<Opdracht>>(await t.app.inject({ method: 'GET', url: `${url}${query}`, headers: as[who] }));
const titels = async (query: string, who = 'beheerder') => (await list(query, who)).items.map((o) => o.titel);

describe('opdrachten: listing', () => {
  it('pages with links, and sorts on the given fields', async () => {
    const eerste = await list('?pageSize=2&sort=titel');
    expect(eerste).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(eerste.items.map((o) => o.titel)).toEqual(['Arbeidsongeschiktheid', 'ICT-vernieuwing']);
    expect(eerste._links.next?.href).toContain('page=2');
    const tweede = await list('?pageSize=2&sort=titel&page=2');
    expect(tweede.items.map((o) => o.titel)).toEqual(['Opdracht in B', 'WW-herziening']);
    expect((await list('?sort=-titel&driehoekId=' + a.driehoek.id)).items.map((o) => o.titel)).toEqual(['WW-herziening', 'ICT-vernieuwing', 'Arbeidsongeschiktheid']);
  });

  it('searches titel and both kenmerken', async () => {
    expect(await titels('?q=herziening')).toEqual(['WW-herziening']);
    expect(await titels('?q=szw-77')).toEqual(['WW-herziening']);
    expect(await titels('?q=UWV-ICT')).toEqual(['ICT-vernieuwing']);
    expect(await titels('?q=%25')).toEqual([]);
  });

  it('filters on status, soort, driehoek, agency, opdrachtgever, beleidsterrein, jaar and label', async () => {
    const sorted = async (q: string) => (await titels(`${q}&sort=titel`)).sort();
    expect(await sorted('?status=afgesproken')).toEqual(['WW-herziening']);
    expect(await sorted('?soort=staande-taak')).toEqual(['Arbeidsongeschiktheid']);
    expect(await sorted(`?driehoekId=${b.driehoek.id}`)).toEqual(['Opdracht in B']);
    expect(await sorted(`?uitvoeringsorganisatieId=${a.uitvoeringsorganisatieId}`)).toEqual(['Arbeidsongeschiktheid', 'ICT-vernieuwing', 'WW-herziening']);
    expect(await sorted(`?opdrachtgeverId=${a.opdrachtgevers[1]!.id}`)).toEqual(['ICT-vernieuwing']);
    const terreinId = (await list('?q=WW-herziening')).items[0]!.beleidsterreinId;
    expect(await sorted(`?beleidsterreinId=${terreinId}`)).toEqual(['WW-herziening']);
    expect(await sorted('?jaar=2027')).toEqual(['WW-herziening']);
    expect(await sorted('?jaar=2025')).toEqual(['ICT-vernieuwing']);
    expect(await sorted('?label=ww')).toEqual(['Arbeidsongeschiktheid', 'WW-herziening']);
  });

  it('answers 400 to an unknown filter value or sort field', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${url}?status=klaar`, headers: as.beheerder })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `${url}?sort=budget`, headers: as.beheerder })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `${url}?pageSize=201`, headers: as.beheerder })).statusCode).toBe(400);
  });
});

const inA = [
  'opdrachtgever',
  'opdrachtgever bij de andere DG',
  'adviseur in een directie onder een hoek',
  'eigenaar',
  'opdrachtnemer',
  'opdrachtnemer bij een onderdeel',
  'procescoordinator',
  'token',
];
const buiten = ['lezer', 'ministerie boven de hoeken', 'oud-opdrachtgever'];

describe('opdrachten: who sees which', () => {
  it.each(inA)('shows %s the opdrachten of driehoek A only, and 404 for one in B', async (who) => {
    expect((await list('?sort=titel', who)).items.map((o) => o.titel)).toEqual(['Arbeidsongeschiktheid', 'ICT-vernieuwing', 'WW-herziening']);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${ids.ww}`, headers: as[who] })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${ids.b}`, headers: as[who] })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${ids.b}/voortgangsmeldingen`, headers: as[who] })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=opdracht&id=${ids.b}`, headers: as[who] })).statusCode).toBe(404);
  });

  it.each(buiten)('shows %s no opdracht at all: an empty list and 404 for each', async (who) => {
    expect(await list('', who)).toMatchObject({ items: [], total: 0 });
    for (const id of [ids.ww, ids.b]) {
      expect((await t.app.inject({ method: 'GET', url: `${url}/${id}`, headers: as[who] })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `${url}/${id}/voortgangsmeldingen`, headers: as[who] })).statusCode).toBe(404);
    }
  });

  it('answers 404, not 403, when someone outside edits, moves or deletes an opdracht of B', async () => {
    const headers = { ...as.opdrachtgever, 'if-match': '"1"' };
    expect((await t.app.inject({ method: 'PATCH', url: `${url}/${ids.b}`, headers, payload: { titel: 'Overgenomen' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `${url}/${ids.b}/statuswijzigingen`, headers, payload: { naar: 'ingetrokken' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${ids.b}`, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `${url}/${ids.b}/voortgangsmeldingen`, headers: as.opdrachtnemer, payload: { periode: '2026-K3', status: 'groen', tekst: 'Loopt.' } })).statusCode).toBe(404);
  });

  it('shows a beheerder everything, and answers 401 to anyone not logged in', async () => {
    expect((await list('', 'beheerder')).total).toBe(4);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${ids.ww}` })).statusCode).toBe(401);
  });
});
