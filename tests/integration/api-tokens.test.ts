import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/client.js';
import { apiTokens, auditGebeurtenissen } from '../../server/db/schema/index.js';
import { hashSecret } from '../../server/modules/sessies/tokens.js';
import { buildApiToken } from '../factories/api-tokens.js';
import { buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let beheerderId: string;
let lezer: Record<string, string>;
let organisatieId: string;
const url = '/api/v1/api-tokens';

beforeAll(async () => {
  t = await createTestApp();
  const b = await buildPersoonMetRol(t.db, 'beheerder');
  beheerderId = b.persoon.id;
  const org = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie', naam: 'Dienst Koppelingen' });
  organisatieId = org.id;
  const l = await buildPersoonMetRol(t.db, 'lezer', { organisatieId: org.id });
  beheerder = await login(t.app, b.persoon.email);
  lezer = await login(t.app, l.persoon.email);
});
afterAll(() => t.close());

async function createToken(naam = 'Zaaksysteem') {
  const response = await t.app.inject({ method: 'POST', url, headers: beheerder, payload: { naam, organisatieId } });
  expect(response.statusCode).toBe(201);
  return json<{ id: string; token: string; prefix: string }>(response);
}

describe('API tokens', () => {
  it('lets a beheerder create a token that is shown once and stored only as a hash', async () => {
    const response = await t.app.inject({ method: 'POST', url, headers: beheerder, payload: { naam: 'Zaaksysteem', organisatieId } });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const created = json<{ id: string; token: string; prefix: string; organisatieNaam: string; aangemaaktDoor: string }>(response);
    expect(response.headers.location).toBe(`${url}/${created.id}`);
    expect(created.token).toMatch(/^dh_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created).toMatchObject({ organisatieNaam: 'Dienst Koppelingen', aangemaaktDoor: beheerderId });

    const [stored] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(stored!.tokenHash).toBe(hashSecret(created.token));
    const raw = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from api_tokens where token_hash = ${created.token} or prefix = ${created.token}`);
    expect(raw[0]!.n).toBe(0);

    const one = json(await t.app.inject({ method: 'GET', url: `${url}/${created.id}`, headers: beheerder }));
    expect(one).not.toHaveProperty('token');
    const list = json<{ items: Record<string, unknown>[] }>(await t.app.inject({ method: 'GET', url, headers: beheerder }));
    const item = list.items.find((i) => i.id === created.id)!;
    expect(item).toMatchObject({ prefix: created.prefix, naam: 'Zaaksysteem', organisatieId, lastUsedAt: null, ingetrokkenOp: null, isActief: true });
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it('audits the creation without the token or its hash', async () => {
    const created = await createToken('Audit-koppeling');
    const [event] = await t.db.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.entiteitId, created.id));
    expect(event).toMatchObject({ actie: 'aangemaakt', entiteit: 'api-token', actorId: beheerderId });
    const payload = JSON.stringify(event!.payload);
    expect(payload).not.toContain(created.token);
    expect(payload).not.toContain(hashSecret(created.token));
  });

  it('authenticates a system with Authorization: Bearer, for its organisation, and records when it was last used', async () => {
    const created = await createToken('Bearer-koppeling');
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties', headers: { authorization: `Bearer ${created.token}` } });
    expect(response.statusCode).toBe(200);
    const item = json<{ lastUsedAt: string | null }>(await t.app.inject({ method: 'GET', url: `${url}/${created.id}`, headers: beheerder }));
    expect(item.lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it('refuses a revoked token with 401, and revoking twice changes nothing', async () => {
    const created = await createToken('Intrekken');
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/organisaties', headers: bearer })).statusCode).toBe(200);

    const revoked = await t.app.inject({ method: 'DELETE', url: `${url}/${created.id}`, headers: beheerder });
    expect(revoked.statusCode).toBe(204);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties', headers: bearer });
    expect(refused.statusCode).toBe(401);
    expect(json(refused).code).toBe('niet-ingelogd');

    const item = json(await t.app.inject({ method: 'GET', url: `${url}/${created.id}`, headers: beheerder }));
    expect(item).toMatchObject({ isActief: false, ingetrokkenOp: t.clock.now().toISOString() });
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${created.id}`, headers: beheerder })).statusCode).toBe(204);
    const events = await t.db.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.entiteitId, created.id));
    expect(events.map((e) => e.actie)).toEqual(['aangemaakt', 'ingetrokken']);

    const actief = json<{ items: { id: string }[] }>(await t.app.inject({ method: 'GET', url: `${url}?isActief=true`, headers: beheerder }));
    expect(actief.items.map((i) => i.id)).not.toContain(created.id);
  });

  it('refuses an unknown token with 401', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties', headers: { authorization: 'Bearer dh_onbekend' } });
    expect(response.statusCode).toBe(401);
  });

  it('answers 403 to a non-admin for listing, creating and revoking tokens', async () => {
    const { row } = await buildApiToken(t.db, { organisatieId });
    expect((await t.app.inject({ method: 'GET', url, headers: lezer })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${row.id}`, headers: lezer })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url, headers: lezer, payload: { naam: 'Eigen token', organisatieId } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${row.id}`, headers: lezer })).statusCode).toBe(403);
  });

  it('never lets a token list, create or revoke tokens', async () => {
    const { row, headers } = await buildApiToken(t.db, { organisatieId });
    expect((await t.app.inject({ method: 'GET', url, headers })).statusCode).toBe(403);
    const create = await t.app.inject({ method: 'POST', url, headers, payload: { naam: 'Zelfvermenigvuldiging', organisatieId } });
    expect(create.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${row.id}`, headers })).statusCode).toBe(403);
  });

  it('answers 401 without a login', async () => {
    const { row } = await buildApiToken(t.db, { organisatieId });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${row.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, payload: { naam: 'Anoniem', organisatieId } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${row.id}` })).statusCode).toBe(401);
  });

  it('keeps a token out of the session routes that only a logged-in person may use', async () => {
    const { headers } = await buildApiToken(t.db, { organisatieId });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: lezer })).statusCode).toBe(200);
  });

  it('refuses a token for an unknown organisation (400) and revoking an unknown token (404)', async () => {
    const bad = await t.app.inject({ method: 'POST', url, headers: beheerder, payload: { naam: 'Spook', organisatieId: '01900000-0000-7000-8000-000000000000' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).invalidParams).toEqual([expect.objectContaining({ name: 'organisatieId', code: 'onbekend' })]);
    const missing = await t.app.inject({ method: 'DELETE', url: `${url}/01900000-0000-7000-8000-000000000000`, headers: beheerder });
    expect(missing.statusCode).toBe(404);
    expect(json(missing).code).toBe('api-token-niet-gevonden');
  });
});
