import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/client.js';
import { buildDriehoek, buildOrganisatie, buildPersoon, buildPersoonMetRol, buildRol } from '../factories/index.js';
import { createTestApp, json, login, ORIGIN, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let beheerderId: string;
let lezer: Record<string, string>;

interface PersoonBody { id: string; naam: string; email: string; isActief: boolean; heeftSso: boolean; rollen: { rol: string; organisatieNaam: string | null }[] }

beforeAll(async () => {
  t = await createTestApp();
  const b = await buildPersoonMetRol(t.db, 'beheerder');
  beheerderId = b.persoon.id;
  const org = await buildOrganisatie(t.db);
  const l = await buildPersoonMetRol(t.db, 'lezer', { organisatieId: org.id });
  beheerder = await login(t.app, b.persoon.email);
  lezer = await login(t.app, l.persoon.email);
});
afterAll(() => t.close());

const post = (headers: Record<string, string>, payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/personen', headers, payload: payload as object });
const patch = (id: string, headers: Record<string, string>, payload: unknown) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/personen/${id}`, headers, payload: payload as object });

describe('personen', () => {
  it('lets a beheerder add a person and shows no password or OIDC details', async () => {
    const response = await post(beheerder, { naam: 'Annet de Vries', email: 'annet.devries@test.example' });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const body = json(response);
    expect(body).toMatchObject({ naam: 'Annet de Vries', email: 'annet.devries@test.example', isActief: true, heeftSso: false, rollen: [] });
    expect(Object.keys(body)).not.toContain('wachtwoordHash');
    expect(response.body).not.toMatch(/wachtwoord|oidc/i);
  });

  it('shows the roles a person holds today, not ended or planned ones', async () => {
    const d = await buildDriehoek(t.db);
    const p = await buildPersoon(t.db);
    await buildRol(t.db, { persoonId: p.id, rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[0]!.id, driehoekId: d.driehoek.id });
    await buildRol(t.db, { persoonId: p.id, rol: 'adviseur', organisatieId: d.opdrachtgevers[0]!.id, geldigTot: '2021-01-01' });
    await buildRol(t.db, { persoonId: p.id, rol: 'eigenaar', organisatieId: d.eigenaar.id, geldigVan: '2030-01-01' });
    const body = json<PersoonBody>(await t.app.inject({ method: 'GET', url: `/api/v1/personen/${p.id}`, headers: lezer }));
    expect(body.rollen).toEqual([expect.objectContaining({ rol: 'opdrachtgever', organisatieNaam: d.opdrachtgevers[0]!.naam })]);
  });

  it('refuses a second person with the same e-mail address in other capitals (409)', async () => {
    await buildPersoon(t.db, { email: 'dubbel@test.example' });
    const response = await post(beheerder, { naam: 'Dubbel', email: 'DUBBEL@test.example' });
    expect(response.statusCode).toBe(409);
    expect(json(response).code).toBe('persoon-email-bestaat');
  });

  it('refuses to change an e-mail address into one that is taken (409)', async () => {
    await buildPersoon(t.db, { email: 'bezet@test.example' });
    const p = await buildPersoon(t.db);
    const response = await patch(p.id, { ...beheerder, 'if-match': '"1"' }, { email: 'Bezet@Test.example' });
    expect(response.statusCode).toBe(409);
    expect(json(response).code).toBe('persoon-email-bestaat');
  });

  it('lists invalid fields in Dutch', async () => {
    const response = await post(beheerder, { naam: 'X', email: 'geen-adres' });
    expect(response.statusCode).toBe(400);
    const params = json<{ invalidParams: { name: string; reason: string }[] }>(response).invalidParams;
    expect(params.map((p) => p.name).sort()).toEqual(['email', 'naam']);
    expect(params.find((p) => p.name === 'email')!.reason).toBe('vul een geldig e-mailadres in');
  });

  it('updates with If-Match, 412 on a stale version and 428 without one', async () => {
    const p = await buildPersoon(t.db);
    expect((await patch(p.id, beheerder, { naam: 'Nieuwe Naam' })).statusCode).toBe(428);
    const ok = await patch(p.id, { ...beheerder, 'if-match': '"1"' }, { naam: 'Nieuwe Naam' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await patch(p.id, { ...beheerder, 'if-match': '"1"' }, { naam: 'Verloren' });
    expect(stale.statusCode).toBe(412);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/v1/personen/${p.id}`, headers: lezer })).naam).toBe('Nieuwe Naam');
  });

  it('ends the sessions of a person who is disabled, and they cannot log in again', async () => {
    const p = await buildPersoon(t.db);
    const cookie = await login(t.app, p.email);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: cookie })).statusCode).toBe(200);
    const off = await patch(p.id, { ...beheerder, 'if-match': '"1"' }, { isActief: false });
    expect(off.statusCode).toBe(200);
    expect(json(off).isActief).toBe(false);
    const sessies = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from sessies where persoon_id = ${p.id}`);
    expect(sessies[0]!.n).toBe(0);
    // Switching the account back on does not revive the old session.
    expect((await patch(p.id, { ...beheerder, 'if-match': '"2"' }, { isActief: true })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: cookie })).statusCode).toBe(401);
    await patch(p.id, { ...beheerder, 'if-match': '"3"' }, { isActief: false });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', headers: { origin: ORIGIN }, payload: { email: p.email, wachtwoord: 'test-wachtwoord-123' } });
    expect(again.statusCode).toBe(401);
  });

  it('does not let a beheerder disable their own account (409)', async () => {
    const current = json<{ version: number }>(await t.app.inject({ method: 'GET', url: `/api/v1/personen/${beheerderId}`, headers: beheerder }));
    const response = await patch(beheerderId, { ...beheerder, 'if-match': `"${current.version}"` }, { isActief: false });
    expect(response.statusCode).toBe(409);
    expect(json(response).code).toBe('persoon-eigen-account');
  });

  it('pages, sorts and searches on name and e-mail', async () => {
    await buildPersoon(t.db, { naam: 'Zoekpersoon Bram', email: 'bram@zoek.example' });
    await buildPersoon(t.db, { naam: 'Zoekpersoon Anna', email: 'anna@zoek.example' });
    await buildPersoon(t.db, { naam: 'Carla Ander', email: 'carla.zoekpersoon@elders.example' });
    const sorted = json<{ items: PersoonBody[]; total: number }>(await t.app.inject({ method: 'GET', url: '/api/v1/personen?q=zoekpersoon&sort=-naam', headers: lezer }));
    expect(sorted.items.map((i) => i.naam)).toEqual(['Zoekpersoon Bram', 'Zoekpersoon Anna', 'Carla Ander']);
    const paged = json<{ items: unknown[]; total: number; _links: { next?: { href: string } } }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/personen?q=zoekpersoon&pageSize=2&sort=naam', headers: lezer }),
    );
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBe(3);
    expect(paged._links.next?.href).toBe('/api/v1/personen?pageSize=2&sort=naam&q=zoekpersoon&page=2');
  });

  it('filters on organisation, rol (one role matching both) and active accounts', async () => {
    const d = await buildDriehoek(t.db);
    const dg = d.opdrachtgevers[0]!.id;
    const og = await buildPersoon(t.db, { naam: 'Filter Opdrachtgever' });
    await buildRol(t.db, { persoonId: og.id, rol: 'opdrachtgever', organisatieId: dg });
    const adv = await buildPersoon(t.db, { naam: 'Filter Adviseur' });
    await buildRol(t.db, { persoonId: adv.id, rol: 'adviseur', organisatieId: dg });
    await buildRol(t.db, { persoonId: adv.id, rol: 'opdrachtgever', organisatieId: d.eigenaar.id });
    const oud = await buildPersoon(t.db, { naam: 'Filter Oud', isActief: false });
    await buildRol(t.db, { persoonId: oud.id, rol: 'opdrachtgever', organisatieId: dg, geldigTot: '2022-12-31' });
    const names = async (query: string) =>
      json<{ items: PersoonBody[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/personen?q=filter&${query}`, headers: lezer })).items.map((i) => i.naam);
    expect(await names(`organisatieId=${dg}`)).toEqual(['Filter Adviseur', 'Filter Opdrachtgever']);
    expect(await names(`organisatieId=${dg}&rol=opdrachtgever`)).toEqual(['Filter Opdrachtgever']);
    expect(await names('rol=adviseur')).toEqual(['Filter Adviseur']);
    expect(await names('isActief=false')).toEqual(['Filter Oud']);
  });

  it('answers 404 for an unknown person', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/personen/0190a0a0-0000-7000-8000-000000000000', headers: lezer });
    expect(response.statusCode).toBe(404);
    expect(json(response).code).toBe('persoon-niet-gevonden');
  });

  it('audits changes without the password hash, readable by any logged-in user', async () => {
    const p = await buildPersoon(t.db);
    await patch(p.id, { ...beheerder, 'if-match': '"1"' }, { naam: 'Geauditeerde Naam' });
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=persoon&id=${p.id}`, headers: lezer });
    expect(response.statusCode).toBe(200);
    expect(json<{ items: unknown[] }>(response).items[0]).toMatchObject({ actie: 'gewijzigd', na: { naam: 'Geauditeerde Naam' } });
    expect(response.body).not.toMatch(/wachtwoord|\$argon2/i);
  });
});
