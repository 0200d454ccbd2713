import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

// NL GOV API Design Rules and ARCHITECTURE.md "API conventions", checked on the real app.
let t: TestApp;
let headers: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  headers = await login(t.app, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.email);
});
afterAll(() => t.close());

const PUBLIC = new Set(['get /openapi.json', 'get /instellingen', 'post /sessies', 'get /sessies/oidc', 'get /sessies/oidc/callback']);

describe('OpenAPI document', () => {
  it('is served without auth, with CORS, servers /api/v1, contact and a SemVer version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const doc = json<{ openapi: string; servers: { url: string }[]; info: { version: string; contact: Record<string, string> } }>(response);
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(doc.info.contact).sort()).toEqual(['email', 'name', 'url']);
  });

  it('answers 401 problem+json on every documented operation without credentials, except the public ones', async () => {
    const doc = json<{ paths: Record<string, Record<string, unknown>> }>(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
    const checked: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        if (PUBLIC.has(`${method} ${path}`)) continue;
        const url = `/api/v1${path.replace(/\{[^}]+\}/g, '0190b000-0000-7000-8000-000000000000')}`;
        const response = await t.app.inject({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' || method === 'delete' ? undefined : {} });
        expect(response.statusCode, `${method.toUpperCase()} ${url}`).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  it('documents problem+json for errors and the API-Version header for successes', async () => {
    const doc = json<{ paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }> }>> }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const [code, response] of Object.entries(op.responses)) {
          if (/^[23]/.test(code)) expect(response.headers).toHaveProperty('API-Version');
          else expect(response.content).toHaveProperty(['application/problem+json']);
        }
      }
    }
  });
});

describe('HTTP conventions', () => {
  it('sends API-Version on every response, errors included', async () => {
    for (const url of ['/api/v1/instellingen', '/api/v1/organisaties', '/api/v1/bestaat-niet', '/health/live']) {
      expect((await t.app.inject({ method: 'GET', url })).headers['api-version']).toBe('1.0.0');
    }
  });

  it('answers 404 to a trailing slash', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties/', headers });
    expect(response.statusCode).toBe(404);
    expect(json(response).code).toBe('niet-gevonden');
  });

  it('answers 405 with Allow to an unsupported method', async () => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/organisaties', headers });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toContain('GET');
    expect(response.headers.allow).toContain('POST');
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: { ...headers, 'content-type': 'text/plain' }, payload: 'naam=x' });
    expect(response.statusCode).toBe(415);
    expect(json(response).code).toBe('mediatype-niet-ondersteund');
  });

  it('answers 400 with invalidParams to malformed JSON', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"naam":' });
    expect(response.statusCode).toBe(400);
    expect(json(response).invalidParams).toEqual([expect.objectContaining({ name: 'body' })]);
  });

  it('answers 404 problem+json, not 400, for an unknown id, and 400 for a malformed id', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/organisaties/0190b000-0000-7000-8000-000000000000', headers })).statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties/12', headers });
    expect(malformed.statusCode).toBe(400);
    expect(json(malformed).invalidParams).toEqual([expect.objectContaining({ name: 'id' })]);
  });

  it('gives Dutch titles and a stable code on problems', async () => {
    const body = json(await t.app.inject({ method: 'GET', url: '/api/v1/organisaties' }));
    expect(body).toMatchObject({ status: 401, title: 'Niet ingelogd', code: 'niet-ingelogd', type: expect.stringContaining('niet-ingelogd') });
  });
});

describe('operations and security headers', () => {
  it('serves health and metrics outside the API', async () => {
    expect(json(await t.app.inject({ method: 'GET', url: '/health/live' }))).toEqual({ status: 'ok' });
    expect(json(await t.app.inject({ method: 'GET', url: '/health/ready' }))).toMatchObject({ status: 'ok' });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('driehoek_http_request_duration_seconds');
  });

  it('sets CSP with frame-ancestors none and nosniff, and no HSTS on plain http', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/instellingen' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('publishes security.txt with a contact and an expiry', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/^Contact: /m);
    expect(response.body).toMatch(/^Expires: \d{4}-/m);
  });
});

describe('with an https PUBLIC_URL', () => {
  it('sends HSTS and a __Host- Secure cookie', async () => {
    const https = await createTestApp({ PUBLIC_URL: 'https://driehoek.example' });
    try {
      const persoon = await buildPersoonMetRol(https.db, 'lezer');
      const response = await https.app.inject({ method: 'POST', url: '/api/v1/sessies', headers: { origin: 'https://driehoek.example' }, payload: { email: persoon.persoon.email, wachtwoord: 'test-wachtwoord-123' } });
      expect(response.statusCode).toBe(201);
      expect(response.headers['strict-transport-security']).toContain('max-age=');
      const cookie = response.cookies[0]!;
      expect(cookie.name).toBe('__Host-driehoek-sessie');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    } finally {
      await https.close();
    }
  });
});
