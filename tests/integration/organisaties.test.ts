import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let lezer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const b = await buildPersoonMetRol(t.db, 'beheerder');
  const l = await buildPersoonMetRol(t.db, 'lezer');
  beheerder = await login(t.app, b.persoon.email);
  lezer = await login(t.app, l.persoon.email);
});
afterAll(() => t.close());

describe('organisaties', () => {
  it('lets a beheerder create a ministry and a DG under it, with the path of names', async () => {
    const min = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: beheerder, payload: { naam: 'Ministerie van Testzaken', afkorting: 'TZ', soort: 'ministerie' } });
    expect(min.statusCode).toBe(201);
    expect(min.headers.etag).toBe('"1"');
    const dg = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: beheerder, payload: { naam: 'DG Proeven', soort: 'directoraat-generaal', parentId: json(min).id } });
    expect(dg.statusCode).toBe(201);
    expect(json(dg).pad).toBe('TZ › DG Proeven');
  });

  it('refuses a DG without a ministry above it, naming the field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: beheerder, payload: { naam: 'DG Wees', soort: 'directoraat-generaal' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(json(response).invalidParams).toEqual([expect.objectContaining({ name: 'parentId', code: 'verplicht' })]);
  });

  it('lists every invalid field at once and writes nothing', async () => {
    const before = json<{ total: number }>(await t.app.inject({ method: 'GET', url: '/api/v1/organisaties', headers: beheerder })).total;
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: beheerder, payload: { naam: 'x', soort: 'kabinet', actiefVan: '29-11-2026' } });
    expect(response.statusCode).toBe(400);
    const names = json<{ invalidParams: { name: string }[] }>(response).invalidParams.map((p) => p.name).sort();
    expect(names).toEqual(['actiefVan', 'naam', 'soort']);
    const after = json<{ total: number }>(await t.app.inject({ method: 'GET', url: '/api/v1/organisaties', headers: beheerder })).total;
    expect(after).toBe(before);
  });

  it('answers 403 to a non-admin who tries to create an organisatie', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: lezer, payload: { naam: 'Ministerie X', soort: 'ministerie' } });
    expect(response.statusCode).toBe(403);
    expect(json(response).code).toBe('geen-toegang');
  });

  it('updates with If-Match, 412 on a stale version and 428 without one', async () => {
    const org = await buildOrganisatie(t.db, { naam: 'Ministerie van Versies' });
    const url = `/api/v1/organisaties/${org.id}`;
    const missing = await t.app.inject({ method: 'PATCH', url, headers: beheerder, payload: { naam: 'Nieuw' } });
    expect(missing.statusCode).toBe(428);
    const ok = await t.app.inject({ method: 'PATCH', url, headers: { ...beheerder, 'if-match': '"1"', 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ naam: 'Ministerie van Nieuwe Versies' }) });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await t.app.inject({ method: 'PATCH', url, headers: { ...beheerder, 'if-match': '"1"' }, payload: { naam: 'Verloren update' } });
    expect(stale.statusCode).toBe(412);
    const current = json(await t.app.inject({ method: 'GET', url, headers: beheerder }));
    expect(current.naam).toBe('Ministerie van Nieuwe Versies');
  });

  it('refuses to hang an organisation under its own division', async () => {
    const min = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie', naam: 'Dienst Kring' });
    const ond = await buildOrganisatie(t.db, { soort: 'onderdeel', parentId: min.id });
    const sub = await buildOrganisatie(t.db, { soort: 'onderdeel', parentId: ond.id });
    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/organisaties/${ond.id}`, headers: { ...beheerder, 'if-match': '"1"' }, payload: { parentId: sub.id } });
    expect(response.statusCode).toBe(400);
    expect(json(response).invalidParams).toEqual([expect.objectContaining({ code: 'kringverwijzing' })]);
  });

  it('refuses to delete an organisation that has divisions (409) and deletes a leaf', async () => {
    const parent = await buildOrganisatie(t.db, { soort: 'ministerie', naam: 'Ministerie met kind' });
    const child = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: parent.id });
    const inUse = await t.app.inject({ method: 'DELETE', url: `/api/v1/organisaties/${parent.id}`, headers: { ...beheerder, 'if-match': '"1"' } });
    expect(inUse.statusCode).toBe(409);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/organisaties/${child.id}`, headers: { ...beheerder, 'if-match': '"1"' } });
    expect(removed.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${child.id}`, headers: beheerder })).statusCode).toBe(404);
  });

  it('pages, sorts, searches and filters on the active period', async () => {
    await buildOrganisatie(t.db, { naam: 'Zoekbaar Ministerie Alfa', afkorting: 'ZMA' });
    await buildOrganisatie(t.db, { naam: 'Zoekbaar Ministerie Beta', afkorting: 'ZMB', actiefTot: '2020-12-31' });
    const all = json<{ items: { naam: string; isActief: boolean }[]; total: number }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?q=zoekbaar&sort=-naam', headers: lezer }),
    );
    expect(all.items.map((i) => i.naam)).toEqual(['Zoekbaar Ministerie Beta', 'Zoekbaar Ministerie Alfa']);
    const active = json<{ items: { naam: string }[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?q=zoekbaar&isActief=true', headers: lezer }),
    );
    expect(active.items.map((i) => i.naam)).toEqual(['Zoekbaar Ministerie Alfa']);
    const paged = json<{ items: unknown[]; _links: { next?: { href: string } } }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?pageSize=1&q=zoekbaar', headers: lezer }),
    );
    expect(paged.items).toHaveLength(1);
    expect(paged._links.next?.href).toBe('/api/v1/organisaties?pageSize=1&q=zoekbaar&page=2');
  });

  it('rejects a pageSize over 200 and an unknown sort field', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?pageSize=201&sort=kleur', headers: lezer });
    expect(response.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string }[] }>(response).invalidParams.map((p) => p.name).sort()).toEqual(['pageSize', 'sort']);
  });

  it('audits every change with before and after', async () => {
    const org = await buildOrganisatie(t.db, { naam: 'Ministerie van Geschiedenis' });
    await t.app.inject({ method: 'PATCH', url: `/api/v1/organisaties/${org.id}`, headers: { ...beheerder, 'if-match': '"1"' }, payload: { afkorting: 'GES' } });
    const audit = json<{ items: { actie: string; voor: { afkorting: string }; na: { afkorting: string } }[] }>(
      await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=organisatie&id=${org.id}`, headers: lezer }),
    );
    expect(audit.items[0]).toMatchObject({ actie: 'gewijzigd', na: { afkorting: 'GES' } });
  });
});
