import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDriehoek, buildPersoon, buildPersoonMetRol, buildRol } from '../factories/index.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let lezer: Record<string, string>;
let d: Awaited<ReturnType<typeof buildDriehoek>>;

interface Waarschuwing { driehoekId: string; soort: string; persoonId: string | null; omschrijving: string }
interface RolBody { id: string; rol: string; status: string; isActief: boolean; geldigVan: string; geldigTot: string | null; version: number; scheidingWaarschuwingen: Waarschuwing[] }
interface Page { items: RolBody[]; total: number }

beforeAll(async () => {
  t = await createTestApp();
  const b = await buildPersoonMetRol(t.db, 'beheerder');
  beheerder = await login(t.app, b.persoon.email);
  d = await buildDriehoek(t.db);
  const l = await buildPersoonMetRol(t.db, 'lezer', { organisatieId: d.eigenaar.id });
  lezer = await login(t.app, l.persoon.email);
});
afterAll(() => t.close());

const patchRol = (id: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/rollen/${id}`, headers, payload });
const opdrachtgeverRol = () => ({ rol: 'opdrachtgever' as const, organisatieId: d.opdrachtgevers[0]!.id, driehoekId: d.driehoek.id });

describe('rollen wijzigen en beëindigen', () => {
  it('keeps an ended rol as history while the person no longer holds it', async () => {
    const p = await buildPersoon(t.db);
    const rol = await buildRol(t.db, { persoonId: p.id, ...opdrachtgeverRol() });
    const ended = await patchRol(rol.id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2026-11-28' });
    expect(ended.statusCode).toBe(200);
    expect(ended.headers.etag).toBe('"2"');
    expect(json<RolBody>(ended)).toMatchObject({ geldigTot: '2026-11-28', status: 'beeindigd', isActief: false });
    const history = json<Page>(await t.app.inject({ method: 'GET', url: `/api/v1/personen/${p.id}/rollen`, headers: lezer }));
    expect(history.items.map((r) => [r.id, r.status])).toEqual([[rol.id, 'beeindigd']]);
    const persoon = json<{ rollen: unknown[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/personen/${p.id}`, headers: lezer }));
    expect(persoon.rollen).toEqual([]);
  });

  it('takes an ended rol away from what the person may do', async () => {
    const p = await buildPersoonMetRol(t.db, 'beheerder');
    const eigen = await login(t.app, p.persoon.email);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/personen', headers: eigen, payload: { naam: 'Nog Even', email: 'nog.even@test.example' } })).statusCode).toBe(201);
    expect((await patchRol(p.rol.id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2026-11-28' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/personen', headers: eigen, payload: { naam: 'Te Laat', email: 'te.laat@test.example' } })).statusCode).toBe(403);
  });

  it('needs If-Match: 428 without, 412 when stale', async () => {
    const p = await buildPersoon(t.db);
    const rol = await buildRol(t.db, { persoonId: p.id, ...opdrachtgeverRol() });
    expect((await patchRol(rol.id, beheerder, { geldigTot: '2026-12-31' })).statusCode).toBe(428);
    expect((await patchRol(rol.id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2026-12-31' })).statusCode).toBe(200);
    expect((await patchRol(rol.id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2027-12-31' })).statusCode).toBe(412);
  });

  it('refuses an end before the start when changing a period', async () => {
    const p = await buildPersoon(t.db);
    const rol = await buildRol(t.db, { persoonId: p.id, ...opdrachtgeverRol(), geldigVan: '2026-01-01' });
    const response = await patchRol(rol.id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2025-12-31' });
    expect(response.statusCode).toBe(400);
    expect(json<{ invalidParams: unknown[] }>(response).invalidParams).toEqual([expect.objectContaining({ name: 'geldigTot', code: 'voor-begin' })]);
  });

  it('deletes a rol that has not started, but not one that has (409)', async () => {
    const p = await buildPersoon(t.db);
    const gepland = await buildRol(t.db, { persoonId: p.id, ...opdrachtgeverRol(), geldigVan: '2027-01-01' });
    const lopend = await buildRol(t.db, { persoonId: p.id, rol: 'adviseur', organisatieId: d.opdrachtgevers[0]!.id });
    const refused = await t.app.inject({ method: 'DELETE', url: `/api/v1/rollen/${lopend.id}`, headers: { ...beheerder, 'if-match': '"1"' } });
    expect(refused.statusCode).toBe(409);
    expect(json(refused).code).toBe('rol-al-begonnen');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/rollen/${gepland.id}`, headers: beheerder })).statusCode).toBe(428);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/rollen/${gepland.id}`, headers: { ...beheerder, 'if-match': '"1"' } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/rollen/${gepland.id}`, headers: lezer })).statusCode).toBe(404);
  });

  it('lists rollen by organisation, driehoek, rol and validity', async () => {
    const e = await buildDriehoek(t.db);
    const p = await buildPersoon(t.db, { naam: 'Lijst Persoon' });
    const actief = await buildRol(t.db, { persoonId: p.id, rol: 'opdrachtgever', organisatieId: e.opdrachtgevers[0]!.id, driehoekId: e.driehoek.id });
    const oud = await buildRol(t.db, { persoonId: p.id, rol: 'eigenaar', organisatieId: e.eigenaar.id, driehoekId: e.driehoek.id, geldigTot: '2021-12-31' });
    const ids = async (query: string) =>
      json<Page>(await t.app.inject({ method: 'GET', url: `/api/v1/rollen?${query}`, headers: lezer })).items.map((r) => r.id);
    expect(await ids(`driehoekId=${e.driehoek.id}&sort=geldigVan`)).toEqual([actief.id, oud.id]);
    expect(await ids(`driehoekId=${e.driehoek.id}&isActief=true`)).toEqual([actief.id]);
    expect(await ids(`driehoekId=${e.driehoek.id}&isActief=false`)).toEqual([oud.id]);
    expect(await ids(`organisatieId=${e.eigenaar.id}`)).toEqual([oud.id]);
    expect(await ids(`rol=eigenaar&q=lijst persoon`)).toEqual([oud.id]);
    const one = json<{ driehoekNaam: string; persoonNaam: string }>(await t.app.inject({ method: 'GET', url: `/api/v1/rollen/${actief.id}`, headers: lezer }));
    expect(one).toMatchObject({ persoonNaam: 'Lijst Persoon', driehoekNaam: expect.stringMatching(/^Driehoek ORG\d+$/) });
  });

  it('audits granting and ending a rol', async () => {
    const p = await buildPersoon(t.db);
    const created = json<RolBody>(await t.app.inject({ method: 'POST', url: `/api/v1/personen/${p.id}/rollen`, headers: beheerder, payload: opdrachtgeverRol() }));
    await patchRol(created.id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2026-12-31' });
    const audit = json<{ items: { actie: string }[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=rol&id=${created.id}`, headers: lezer }));
    expect(audit.items.map((i) => i.actie).sort()).toEqual(['aangemaakt', 'gewijzigd']);
  });
});

describe('scheiding van eigenaar en opdrachtgever', () => {
  it('warns when one person gets an eigenaar and an opdrachtgever rol in the same driehoek, and saves the rol', async () => {
    const e = await buildDriehoek(t.db);
    const p = await buildPersoon(t.db, { naam: 'Dubbele Pet' });
    const url = `/api/v1/personen/${p.id}/rollen`;
    const eigenaar = await t.app.inject({ method: 'POST', url, headers: beheerder, payload: { rol: 'eigenaar', organisatieId: e.eigenaar.id, driehoekId: e.driehoek.id } });
    expect(json<RolBody>(eigenaar).scheidingWaarschuwingen).toEqual([]);
    const og = await t.app.inject({ method: 'POST', url, headers: beheerder, payload: { rol: 'opdrachtgever', organisatieId: e.opdrachtgevers[0]!.id, driehoekId: e.driehoek.id, geldigVan: '2026-01-01' } });
    expect(og.statusCode).toBe(201);
    const warnings = json<RolBody>(og).scheidingWaarschuwingen;
    expect(warnings).toEqual([{ driehoekId: e.driehoek.id, soort: 'zelfde-persoon', organisatieId: null, persoonId: p.id, omschrijving: expect.stringContaining('Dubbele Pet') }]);
    expect(json<Page>(await t.app.inject({ method: 'GET', url, headers: lezer })).total).toBe(2);

    const ended = await patchRol(json<RolBody>(og).id, { ...beheerder, 'if-match': '"1"' }, { geldigTot: '2026-11-28' });
    expect(ended.statusCode).toBe(200);
    expect(json<RolBody>(ended).scheidingWaarschuwingen).toEqual([]);
  });

  it('warns for a rol without a driehoek at a corner organisation, and for one that starts later', async () => {
    const e = await buildDriehoek(t.db);
    const p = await buildPersoon(t.db);
    await buildRol(t.db, { persoonId: p.id, rol: 'opdrachtgever', organisatieId: e.opdrachtgevers[0]!.id });
    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/personen/${p.id}/rollen`, headers: beheerder,
      payload: { rol: 'eigenaar', organisatieId: e.eigenaar.id, geldigVan: '2027-03-01' },
    });
    expect(response.statusCode).toBe(201);
    expect(json<RolBody>(response).scheidingWaarschuwingen).toEqual([expect.objectContaining({ driehoekId: e.driehoek.id, soort: 'zelfde-persoon', persoonId: p.id })]);
  });
});
