import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Beleidsterrein } from '../../common/api/beleidsterreinen.js';
import { systemActor } from '../../server/context.js';
import { getBeleidsverantwoordelijke, listWezen } from '../../server/modules/beleidsterreinen/beleidsterreinen.service.js';
import { persoonActor } from '../../server/modules/sessies/actor.js';
import { sessieHeaders } from '../factories/driehoeken.js';
import { buildBeleidsterrein, buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let d: Awaited<ReturnType<typeof buildDriehoek>>;
const url = '/api/v1/beleidsterreinen';

beforeAll(async () => {
  t = await createTestApp();
  beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  d = await buildDriehoek(t.db);
});
afterAll(() => t.close());

const dg = () => d.opdrachtgevers[0]!;
const post = (payload: object) => t.app.inject({ method: 'POST', url, headers: beheerder, payload });
const list = async (query: string) => json<{ items: Beleidsterrein[]; total: number }>(await t.app.inject({ method: 'GET', url: `${url}?${query}`, headers: beheerder }));
const ids = (page: { items: Beleidsterrein[] }) => page.items.map((i) => i.id);

describe('beleidsterreinen: create and read', () => {
  it('creates a terrein owned by an opdrachtgever DG, with its uitvoerders and grondslagen', async () => {
    const response = await post({
      naam: 'Arbeidsongeschiktheid',
      omschrijving: 'Uitkeringen bij ziekte',
      beleidsverantwoordelijkeId: dg().id,
      uitvoerderIds: [d.uitvoeringsorganisatieId],
      wettelijkeGrondslagen: ['Wet WIA', 'Ziektewet'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(json(response)).toMatchObject({
      naam: 'Arbeidsongeschiktheid',
      isWees: false,
      beleidsverantwoordelijke: { id: dg().id, naam: dg().naam, afkorting: dg().afkorting, isActief: true },
      uitvoerders: [{ id: d.uitvoeringsorganisatieId }],
      wettelijkeGrondslagen: ['Wet WIA', 'Ziektewet'],
      parentId: null,
      version: 1,
    });
    const read = await t.app.inject({ method: 'GET', url: `${url}/${json(response).id}`, headers: beheerder });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
  });

  it('creates a wees when no beleidsverantwoordelijke is given', async () => {
    const response = await post({ naam: 'Niemandsland' });
    expect(response.statusCode).toBe(201);
    expect(json(response)).toMatchObject({ isWees: true, beleidsverantwoordelijke: null, beleidsverantwoordelijkeId: null, uitvoerders: [] });
  });

  it('accepts a directie below an opdrachtgever DG as beleidsverantwoordelijke', async () => {
    const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: dg().id });
    const response = await post({ naam: 'Re-integratie', beleidsverantwoordelijkeId: directie.id });
    expect(response.statusCode).toBe(201);
    expect(json(response).beleidsverantwoordelijkeId).toBe(directie.id);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${url}/0192f000-0000-7000-8000-000000000000`, headers: beheerder });
    expect(response.statusCode).toBe(404);
    expect(json(response).code).toBe('beleidsterrein-niet-gevonden');
  });
});

describe('beleidsterreinen: who can be beleidsverantwoordelijke', () => {
  it('refuses a bestuursstaf, a DG outside every driehoek, an inactive directie and an unknown id, with a Dutch reason', async () => {
    const losseDg = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: d.ministerieId, naam: 'DG Nergens' });
    const oudeDirectie = await buildOrganisatie(t.db, { soort: 'directie', parentId: dg().id, actiefTot: '2025-12-31' });
    const cases: [string, string, RegExp][] = [
      [d.eigenaar.id, 'geen-opdrachtgever', /bestuursstaf.*directoraat-generaal of directie/],
      [losseDg.id, 'geen-opdrachtgever', /DG Nergens is geen opdrachtgever in een driehoek/],
      [oudeDirectie.id, 'niet-actief', /vandaag niet actief/],
      ['0192f000-0000-7000-8000-000000000000', 'onbekend', /bestaat niet/],
    ];
    for (const [id, code, reason] of cases) {
      const response = await post({ naam: 'Verkeerd toegewezen', beleidsverantwoordelijkeId: id });
      expect(response.statusCode).toBe(400);
      expect(json(response).invalidParams).toEqual([{ name: 'beleidsverantwoordelijkeId', code, reason: expect.stringMatching(reason) }]);
    }
  });

  it('refuses an uitvoerder that is not an uitvoeringsorganisatie, and lists every problem at once', async () => {
    const before = (await list('q=Dubbel%20fout')).total;
    const response = await post({ naam: 'Dubbel fout', beleidsverantwoordelijkeId: d.eigenaar.id, uitvoerderIds: [dg().id, d.uitvoeringsorganisatieId, d.uitvoeringsorganisatieId] });
    expect(response.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string; code: string }[] }>(response).invalidParams.map((p) => [p.name, p.code])).toEqual([
      ['beleidsverantwoordelijkeId', 'geen-opdrachtgever'],
      ['uitvoerderIds.0', 'geen-uitvoeringsorganisatie'],
      ['uitvoerderIds.2', 'dubbel'],
    ]);
    expect((await list('q=Dubbel%20fout')).total).toBe(before);
  });
});

describe('beleidsterreinen: lists and filters', () => {
  it('finds orphans and terreinen whose verantwoordelijke is no longer active, per uitvoerder', async () => {
    const e = await buildDriehoek(t.db);
    const opgeheven = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: e.ministerieId, actiefTot: '2026-06-30' });
    const uitvoerderIds = [e.uitvoeringsorganisatieId];
    const wees = await buildBeleidsterrein(t.db, { naam: 'Wees A', uitvoerderIds });
    const verweesd = await buildBeleidsterrein(t.db, { naam: 'Verweesd B', beleidsverantwoordelijkeId: opgeheven.id, uitvoerderIds });
    const gewoon = await buildBeleidsterrein(t.db, { naam: 'Gewoon C', beleidsverantwoordelijkeId: e.opdrachtgevers[0]!.id, uitvoerderIds });
    const u = `uitvoerderId=${e.uitvoeringsorganisatieId}`;
    expect(ids(await list(u))).toEqual([gewoon.id, verweesd.id, wees.id]);
    expect(ids(await list(`${u}&isWees=true`))).toEqual([wees.id]);
    expect(ids(await list(`${u}&isWees=false`))).toEqual([gewoon.id, verweesd.id]);
    const inactief = await list(`${u}&verantwoordelijkeInactief=true`);
    expect(ids(inactief)).toEqual([verweesd.id]);
    expect(inactief.items[0]!.beleidsverantwoordelijke).toMatchObject({ id: opgeheven.id, isActief: false });
    expect(ids(await list(`${u}&verantwoordelijkeInactief=false`))).toEqual([gewoon.id]);
    expect(ids(await list(`${u}&beleidsverantwoordelijkeId=${opgeheven.id}`))).toEqual([verweesd.id]);
    expect(ids(await list(`${u}&sort=-naam`))).toEqual([wees.id, verweesd.id, gewoon.id]);
  });

  it('searches naam and omschrijving, filters on parentId, and pages with links', async () => {
    const ouder = await buildBeleidsterrein(t.db, { naam: 'Toeslagen zoekproef' });
    const kind1 = await buildBeleidsterrein(t.db, { naam: 'Huurtoeslag', parentId: ouder.id, omschrijving: 'Bijdrage in de huur (zoekproef)' });
    const kind2 = await buildBeleidsterrein(t.db, { naam: 'Zorgtoeslag', parentId: ouder.id });
    expect(ids(await list(`parentId=${ouder.id}`))).toEqual([kind1.id, kind2.id]);
    expect(ids(await list('q=zoekproef'))).toEqual([kind1.id, ouder.id]);
    const page = await list(`parentId=${ouder.id}&pageSize=1&page=2`);
    expect(page).toMatchObject({ total: 2, items: [{ id: kind2.id }], _links: { prev: { href: expect.stringContaining('page=1') } } });
  });

  it('refuses an unknown filter value with 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${url}?isWees=misschien`, headers: beheerder });
    expect(response.statusCode).toBe(400);
    expect(json(response).invalidParams).toEqual([expect.objectContaining({ name: 'isWees' })]);
  });

  it('gives the whole tree, light, with the orphans marked', async () => {
    const ouder = await buildBeleidsterrein(t.db, { naam: 'Boomwortel', beleidsverantwoordelijkeId: dg().id });
    const kind = await buildBeleidsterrein(t.db, { naam: 'Boomtak', parentId: ouder.id });
    const response = await t.app.inject({ method: 'GET', url: `${url}/boom`, headers: beheerder });
    expect(response.statusCode).toBe(200);
    const items = json<{ items: Record<string, unknown>[] }>(response).items;
    expect(items).toContainEqual({ id: ouder.id, naam: 'Boomwortel', parentId: null, beleidsverantwoordelijkeId: dg().id, isWees: false });
    expect(items).toContainEqual({ id: kind.id, naam: 'Boomtak', parentId: ouder.id, beleidsverantwoordelijkeId: null, isWees: true });
  });
});

describe('beleidsterreinen: service functions for other modules', () => {
  const ctx = (actor = systemActor()) => ({ db: t.db, actor, requestId: undefined, clock: t.clock });

  it('lists the orphans a driehoek\'s agency executes, and without a driehoek those of my own driehoeken', async () => {
    const mijn = await buildDriehoek(t.db);
    const ander = await buildDriehoek(t.db);
    const wees = await buildBeleidsterrein(t.db, { naam: 'Wees van mij', uitvoerderIds: [mijn.uitvoeringsorganisatieId] });
    await buildBeleidsterrein(t.db, { naam: 'Niet wees', beleidsverantwoordelijkeId: mijn.opdrachtgevers[0]!.id, uitvoerderIds: [mijn.uitvoeringsorganisatieId] });
    const andereWees = await buildBeleidsterrein(t.db, { naam: 'Wees van een ander', uitvoerderIds: [ander.uitvoeringsorganisatieId] });
    expect((await listWezen(ctx(), mijn.driehoek.id)).map((w) => w.id)).toEqual([wees.id]);
    expect((await listWezen(ctx(), ander.driehoek.id)).map((w) => w.id)).toEqual([andereWees.id]);
    const opdrachtnemer = persoonActor('p', 'P', [{ rolId: 'r', rol: 'opdrachtnemer', organisatieId: mijn.uitvoeringsorganisatieId, driehoekId: null }]);
    expect((await listWezen(ctx(opdrachtnemer))).map((w) => w.id)).toEqual([wees.id]);
    await expect(listWezen(ctx(), '0192f000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'driehoek-niet-gevonden' });
  });

  it('gives the beleidsverantwoordelijke of a terrein for routing, null for a wees, 404 for an unknown terrein', async () => {
    const terrein = await buildBeleidsterrein(t.db, { beleidsverantwoordelijkeId: dg().id });
    const wees = await buildBeleidsterrein(t.db);
    expect(await getBeleidsverantwoordelijke(t.db, terrein.id, '2026-11-29')).toEqual({ id: dg().id, naam: dg().naam, afkorting: dg().afkorting, isActief: true });
    expect(await getBeleidsverantwoordelijke(t.db, wees.id)).toBeNull();
    await expect(getBeleidsverantwoordelijke(t.db, '0192f000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'beleidsterrein-niet-gevonden' });
  });
});
