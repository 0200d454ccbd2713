import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driehoekOpdrachtgevers } from '../../server/db/schema/index.js';
import { buildRolhouder } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildPersoonMetRol, buildRol } from '../factories/index.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let lezer: Record<string, string>;
const url = '/api/v1/driehoeken';

interface DriehoekBody {
  id: string;
  naam: string;
  version: number;
  opdrachtgevers: { id: string; isCoordinerend: boolean; pad: string }[];
  scheidingWaarschuwingen: { soort: string }[];
  scheidingUitzondering: { reden: string; door: string; op: string } | null;
  heeftScheidingWaarschuwing: boolean;
  personen: Record<'eigenaar' | 'opdrachtgever' | 'opdrachtnemer', { persoonId: string; rol: string }[]>;
  procescoordinatoren: { persoonId: string }[];
}

beforeAll(async () => {
  t = await createTestApp();
  beheerder = await login(t.app, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.email);
  lezer = await login(t.app, (await buildPersoonMetRol(t.db, 'lezer')).persoon.email);
});
afterAll(() => t.close());

/** A ministry with a bestuursstaf and two DGs, and an agency without a driehoek yet. */
async function buildHoeken(afkorting = `UO${Math.floor(Math.random() * 1e6)}`) {
  const ministerie = await buildOrganisatie(t.db, { soort: 'ministerie' });
  const staf = await buildOrganisatie(t.db, { soort: 'bestuursstaf', parentId: ministerie.id, naam: 'Bestuursstaf' });
  const dg1 = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: ministerie.id, naam: 'DG Eén' });
  const dg2 = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: ministerie.id, naam: 'DG Twee' });
  const agency = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie', naam: `Dienst ${afkorting}`, afkorting });
  return { ministerie, staf, dg1, dg2, agency };
}

const post = (headers: Record<string, string>, payload: unknown, path = url) => t.app.inject({ method: 'POST', url: path, headers, payload: payload as object });
const get = (headers: Record<string, string>, path: string) => t.app.inject({ method: 'GET', url: path, headers });
const patch = (headers: Record<string, string>, id: string, payload: unknown, version: number | null = 1) =>
  t.app.inject({ method: 'PATCH', url: `${url}/${id}`, headers: version === null ? headers : { ...headers, 'if-match': `"${version}"` }, payload: payload as object });

describe('driehoeken: create and read', () => {
  it('lets a beheerder create the driehoek of an agency, named after it, with corners and paths', async () => {
    const h = await buildHoeken('UWVT');
    const response = await post(beheerder, {
      uitvoeringsorganisatieId: h.agency.id,
      eigenaarId: h.staf.id,
      opdrachtgevers: [{ organisatieId: h.dg2.id }, { organisatieId: h.dg1.id, isCoordinerend: true }],
      omschrijving: 'Sturing op de uitvoering',
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const body = json<DriehoekBody>(response);
    expect(body.naam).toBe('Driehoek UWVT');
    expect(body.opdrachtgevers.map((g) => [g.id, g.isCoordinerend])).toEqual([[h.dg1.id, true], [h.dg2.id, false]]);
    expect(body.opdrachtgevers[0]!.pad).toContain('DG Eén');
    expect(body).toMatchObject({ scheidingWaarschuwingen: [], scheidingUitzondering: null, heeftScheidingWaarschuwing: false });
    const audit = json<{ items: { actie: string }[] }>(await get(lezer, `/api/v1/audit?entiteit=driehoek&id=${body.id}`));
    expect(audit.items.map((i) => i.actie)).toEqual(['aangemaakt']);
  });

  it('saves a driehoek whose owner is also a commissioner, but answers with the warning', async () => {
    const h = await buildHoeken();
    const response = await post(beheerder, {
      uitvoeringsorganisatieId: h.agency.id,
      eigenaarId: h.staf.id,
      opdrachtgevers: [{ organisatieId: h.staf.id, isCoordinerend: true }],
    });
    expect(response.statusCode).toBe(201);
    expect(json<DriehoekBody>(response)).toMatchObject({ heeftScheidingWaarschuwing: true, scheidingWaarschuwingen: [{ soort: 'zelfde-organisatie' }] });
  });

  it('lists every invalid corner at once and writes nothing', async () => {
    const h = await buildHoeken();
    const response = await post(beheerder, {
      uitvoeringsorganisatieId: h.dg1.id,
      eigenaarId: '01900000-0000-7000-8000-000000000000',
      opdrachtgevers: [{ organisatieId: h.dg1.id }, { organisatieId: h.dg1.id }, { organisatieId: h.agency.id }],
    });
    expect(response.statusCode).toBe(400);
    const params = json<{ invalidParams: { name: string; code: string }[] }>(response).invalidParams;
    expect(params.map((p) => `${p.name}:${p.code}`).sort()).toEqual([
      'eigenaarId:onbekend',
      'opdrachtgevers.1.organisatieId:dubbel',
      'opdrachtgevers.2.organisatieId:ongeldige-soort',
      'opdrachtgevers:coordinerend',
      'uitvoeringsorganisatieId:ongeldige-soort',
    ]);
    expect(json<{ total: number }>(await get(beheerder, `${url}?organisatieId=${h.dg1.id}`)).total).toBe(0);
  });

  it('refuses a driehoek without opdrachtgevers, or with two coördinerend, or an inactive corner', async () => {
    const h = await buildHoeken();
    const oud = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: h.ministerie.id, actiefTot: '2020-01-01' });
    const none = await post(beheerder, { uitvoeringsorganisatieId: h.agency.id, eigenaarId: h.staf.id, opdrachtgevers: [] });
    expect(none.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string }[] }>(none).invalidParams.map((p) => p.name)).toEqual(['opdrachtgevers']);
    const two = await post(beheerder, {
      uitvoeringsorganisatieId: h.agency.id,
      eigenaarId: h.staf.id,
      opdrachtgevers: [{ organisatieId: h.dg1.id, isCoordinerend: true }, { organisatieId: oud.id, isCoordinerend: true }],
    });
    expect(two.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string; code: string }[] }>(two).invalidParams.map((p) => p.code).sort()).toEqual(['coordinerend', 'niet-actief']);
  });

  it('answers 409 driehoek-bestaat-al to a second driehoek for the same agency', async () => {
    const d = await buildDriehoek(t.db);
    const response = await post(beheerder, { uitvoeringsorganisatieId: d.uitvoeringsorganisatieId, eigenaarId: d.eigenaar.id, opdrachtgevers: [{ organisatieId: d.opdrachtgevers[0]!.id, isCoordinerend: true }] });
    expect(response.statusCode).toBe(409);
    expect(json(response).code).toBe('driehoek-bestaat-al');
  });

  it('shows the people per corner from rollen valid today, the procescoördinator apart, and an ETag', async () => {
    const d = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
    const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: d.opdrachtgevers[1]!.id });
    const eigenaar = await buildRolhouder(t.db, 'eigenaar', d.eigenaar.id);
    const coord = await buildRolhouder(t.db, 'coordinerend-opdrachtgever', d.opdrachtgevers[0]!.id);
    const og = await buildRolhouder(t.db, 'opdrachtgever', directie.id);
    const nemer = await buildRolhouder(t.db, 'opdrachtnemer', d.uitvoeringsorganisatieId);
    const proces = await buildRolhouder(t.db, 'procescoordinator', d.uitvoeringsorganisatieId, { driehoekId: d.driehoek.id });
    await buildRolhouder(t.db, 'opdrachtgever', d.opdrachtgevers[0]!.id, { geldigTot: '2025-12-31' });
    const response = await get(lezer, `${url}/${d.driehoek.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    const body = json<DriehoekBody>(response);
    expect(body.personen.eigenaar.map((p) => p.persoonId)).toEqual([eigenaar.persoon.id]);
    expect(body.personen.opdrachtgever.map((p) => p.persoonId).sort()).toEqual([coord.persoon.id, og.persoon.id].sort());
    expect(body.personen.opdrachtnemer.map((p) => p.persoonId)).toEqual([nemer.persoon.id]);
    expect(body.procescoordinatoren.map((p) => p.persoonId)).toEqual([proces.persoon.id]);
  });

  it('answers 404 for an unknown driehoek', async () => {
    const response = await get(lezer, `${url}/01900000-0000-7000-8000-000000000000`);
    expect(response.statusCode).toBe(404);
    expect(json(response).code).toBe('driehoek-niet-gevonden');
  });
});

describe('driehoeken: list', () => {
  it('searches on the agency, filters on a corner organisation and on the warning flag', async () => {
    const h = await buildHoeken('ZOEKDH');
    const created = json<DriehoekBody>(await post(beheerder, { uitvoeringsorganisatieId: h.agency.id, eigenaarId: h.staf.id, opdrachtgevers: [{ organisatieId: h.dg1.id, isCoordinerend: true }] }));
    const flagged = await buildDriehoek(t.db);
    await t.db.insert(driehoekOpdrachtgevers).values({ driehoekId: flagged.driehoek.id, organisatieId: flagged.eigenaar.id });

    const byQ = json<{ items: { id: string }[] }>(await get(lezer, `${url}?q=zoekdh`));
    expect(byQ.items.map((i) => i.id)).toEqual([created.id]);
    const byOrg = json<{ items: { id: string }[] }>(await get(lezer, `${url}?organisatieId=${h.dg1.id}`));
    expect(byOrg.items.map((i) => i.id)).toEqual([created.id]);
    const warned = json<{ items: { id: string }[] }>(await get(lezer, `${url}?heeftScheidingWaarschuwing=true&pageSize=200`)).items.map((i) => i.id);
    expect(warned).toContain(flagged.driehoek.id);
    expect(warned).not.toContain(created.id);
    const clean = json<{ items: { id: string }[] }>(await get(lezer, `${url}?heeftScheidingWaarschuwing=false&pageSize=200`)).items.map((i) => i.id);
    expect(clean).toContain(created.id);
    expect(clean).not.toContain(flagged.driehoek.id);
  });

  it('gives with mijn=true only the driehoeken the caller holds a rol in, for "Mijn driehoek"', async () => {
    const mine = await buildDriehoek(t.db);
    const other = await buildDriehoek(t.db);
    await t.db.insert(driehoekOpdrachtgevers).values([
      { driehoekId: mine.driehoek.id, organisatieId: mine.eigenaar.id },
      { driehoekId: other.driehoek.id, organisatieId: other.eigenaar.id },
    ]);
    const { persoon } = await buildRolhouder(t.db, 'opdrachtgever', mine.opdrachtgevers[0]!.id);
    const headers = await login(t.app, persoon.email);
    const page = json<{ items: { id: string }[] }>(await get(headers, `${url}?mijn=true&heeftScheidingWaarschuwing=true`));
    expect(page.items.map((i) => i.id)).toEqual([mine.driehoek.id]);
    expect(json<{ total: number }>(await get(lezer, `${url}?mijn=true`)).total).toBe(0);
  });

  it('pages with links and rejects an unknown sort field', async () => {
    await buildDriehoek(t.db);
    await buildDriehoek(t.db);
    const page = json<{ items: unknown[]; _links: { next?: { href: string } } }>(await get(lezer, `${url}?pageSize=1&sort=-naam`));
    expect(page.items).toHaveLength(1);
    expect(page._links.next?.href).toBe('/api/v1/driehoeken?pageSize=1&sort=-naam&page=2');
    expect((await get(lezer, `${url}?sort=kleur`)).statusCode).toBe(400);
  });
});

describe('driehoeken: edit and delete', () => {
  it('updates with If-Match: 428 without, 412 when stale, and replaces the opdrachtgevers', async () => {
    const d = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
    const id = d.driehoek.id;
    expect((await patch(beheerder, id, { omschrijving: 'x' }, null)).statusCode).toBe(428);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `${url}/${id}`,
      headers: { ...beheerder, 'if-match': '"1"', 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ opdrachtgevers: [{ organisatieId: d.opdrachtgevers[1]!.id, isCoordinerend: true }], omschrijving: 'Nieuw' }),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(json<DriehoekBody>(ok).opdrachtgevers.map((g) => [g.id, g.isCoordinerend])).toEqual([[d.opdrachtgevers[1]!.id, true]]);
    const stale = await patch(beheerder, id, { omschrijving: 'Verloren' }, 1);
    expect(stale.statusCode).toBe(412);
    const audit = json<{ items: { actie: string; voor: { opdrachtgevers: unknown[] }; na: { opdrachtgevers: unknown[] } }[] }>(
      await get(lezer, `/api/v1/audit?entiteit=driehoek&id=${id}`),
    );
    expect(audit.items[0]).toMatchObject({ actie: 'gewijzigd' });
    expect(audit.items[0]!.voor.opdrachtgevers).toHaveLength(2);
    expect(audit.items[0]!.na.opdrachtgevers).toHaveLength(1);
  });

  it('validates an edit like a create, listing every problem', async () => {
    const d = await buildDriehoek(t.db);
    const response = await patch(beheerder, d.driehoek.id, { eigenaarId: d.uitvoeringsorganisatieId, opdrachtgevers: [{ organisatieId: d.opdrachtgevers[0]!.id }] });
    expect(response.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string }[] }>(response).invalidParams.map((p) => p.name).sort()).toEqual(['eigenaarId', 'opdrachtgevers']);
  });

  it('lets a beheerder move a driehoek to an agency without one, and refuses one that has a driehoek (409)', async () => {
    const d = await buildDriehoek(t.db);
    const taken = await buildDriehoek(t.db);
    const conflict = await patch(beheerder, d.driehoek.id, { uitvoeringsorganisatieId: taken.uitvoeringsorganisatieId });
    expect(conflict.statusCode).toBe(409);
    expect(json(conflict).code).toBe('driehoek-bestaat-al');
    const vrij = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie', afkorting: 'VRIJ' });
    const moved = await patch(beheerder, d.driehoek.id, { uitvoeringsorganisatieId: vrij.id });
    expect(moved.statusCode).toBe(200);
    expect(json(moved).naam).toBe('Driehoek VRIJ');
  });

  it('refuses to delete a driehoek rollen refer to (409) and deletes one without', async () => {
    const used = await buildDriehoek(t.db);
    await buildRolhouder(t.db, 'procescoordinator', used.uitvoeringsorganisatieId, { driehoekId: used.driehoek.id });
    const inUse = await t.app.inject({ method: 'DELETE', url: `${url}/${used.driehoek.id}`, headers: { ...beheerder, 'if-match': '"1"' } });
    expect(inUse.statusCode).toBe(409);
    expect(json(inUse).code).toBe('driehoek-in-gebruik');
    const free = await buildDriehoek(t.db);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${free.driehoek.id}`, headers: beheerder })).statusCode).toBe(428);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${free.driehoek.id}`, headers: { ...beheerder, 'if-match': '"7"' } })).statusCode).toBe(412);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${free.driehoek.id}`, headers: { ...beheerder, 'if-match': '"1"' } })).statusCode).toBe(204);
    expect((await get(beheerder, `${url}/${free.driehoek.id}`)).statusCode).toBe(404);
  });
});

describe('driehoeken: separation exception', () => {
  async function flaggedDriehoek() {
    const d = await buildDriehoek(t.db);
    const { persoon } = await buildRolhouder(t.db, 'eigenaar', d.eigenaar.id, { naam: 'Eigen Aar' });
    await buildRol(t.db, { persoonId: persoon.id, rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[0]!.id });
    return d;
  }

  it('records an exception with a reason: no longer flagged, the breaches still listed, audited and shown', async () => {
    const d = await flaggedDriehoek();
    const before = json<DriehoekBody>(await get(lezer, `${url}/${d.driehoek.id}`));
    expect(before).toMatchObject({ heeftScheidingWaarschuwing: true, scheidingWaarschuwingen: [{ soort: 'zelfde-persoon' }] });
    const response = await post(beheerder, { reden: 'Tijdelijke waarneming tot de nieuwe DG er is.' }, `${url}/${d.driehoek.id}/scheidingsuitzonderingen`);
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"2"');
    const body = json<DriehoekBody>(response);
    expect(body.heeftScheidingWaarschuwing).toBe(false);
    expect(body.scheidingWaarschuwingen).toHaveLength(1);
    expect(body.scheidingUitzondering).toMatchObject({ reden: 'Tijdelijke waarneming tot de nieuwe DG er is.', op: '2026-11-29T10:00:00.000Z' });
    expect(body.scheidingUitzondering!.door).toMatch(/^Persoon \d+$/);
    const listed = json<{ items: { id: string }[] }>(await get(lezer, `${url}?heeftScheidingWaarschuwing=true&pageSize=200`));
    expect(listed.items.map((i) => i.id)).not.toContain(d.driehoek.id);
    const audit = json<{ items: { actie: string }[] }>(await get(lezer, `/api/v1/audit?entiteit=driehoek&id=${d.driehoek.id}`));
    expect(audit.items[0]!.actie).toBe('scheidingsuitzondering-vastgelegd');
  });

  it('refuses a reason shorter than 10 characters, and an exception where there is no breach (409)', async () => {
    const d = await flaggedDriehoek();
    const short = await post(beheerder, { reden: 'kort' }, `${url}/${d.driehoek.id}/scheidingsuitzonderingen`);
    expect(short.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string }[] }>(short).invalidParams.map((p) => p.name)).toEqual(['reden']);
    const clean = await buildDriehoek(t.db);
    const none = await post(beheerder, { reden: 'Voor de zekerheid vastgelegd.' }, `${url}/${clean.driehoek.id}/scheidingsuitzonderingen`);
    expect(none.statusCode).toBe(409);
    expect(json(none).code).toBe('geen-scheidingsbreuk');
  });

  it('withdraws the exception with If-Match, so the driehoek is flagged again', async () => {
    const d = await flaggedDriehoek();
    const path = `${url}/${d.driehoek.id}/scheidingsuitzondering`;
    expect((await t.app.inject({ method: 'DELETE', url: path, headers: { ...beheerder, 'if-match': '"1"' } })).statusCode).toBe(404);
    await post(beheerder, { reden: 'Tijdelijke waarneming tot de nieuwe DG er is.' }, `${url}/${d.driehoek.id}/scheidingsuitzonderingen`);
    expect((await t.app.inject({ method: 'DELETE', url: path, headers: beheerder })).statusCode).toBe(428);
    expect((await t.app.inject({ method: 'DELETE', url: path, headers: { ...beheerder, 'if-match': '"1"' } })).statusCode).toBe(412);
    const removed = await t.app.inject({ method: 'DELETE', url: path, headers: { ...beheerder, 'if-match': '"2"' } });
    expect(removed.statusCode).toBe(200);
    expect(json<DriehoekBody>(removed)).toMatchObject({ heeftScheidingWaarschuwing: true, scheidingUitzondering: null, version: 3 });
  });
});
