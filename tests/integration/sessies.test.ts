import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersoon, buildPersoonMetRol, TEST_WACHTWOORD } from '../factories/index.js';
import { cookieHeader, createTestApp, json, login, ORIGIN, type TestApp } from '../setup/app.js';

let t: TestApp;
let email: string;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' });
  email = (await buildPersoonMetRol(t.db, 'opdrachtgever', { organisatieId: null })).persoon.email;
});
afterAll(() => t.close());

const huidige = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers });

describe('login with e-mail and password', () => {
  it('sets an HttpOnly SameSite=Lax cookie and says who is logged in with their roles', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: email.toUpperCase(), wachtwoord: TEST_WACHTWOORD } });
    expect(response.statusCode).toBe(201);
    expect(response.cookies[0]).toMatchObject({ name: 'driehoek-sessie', httpOnly: true, sameSite: 'Lax' });
    expect(response.cookies[0]!.secure).toBeFalsy();
    const me = json<{ persoon: { email: string }; rollen: { rol: string }[] }>(await huidige({ cookie: cookieHeader(response) }));
    expect(me.persoon.email).toBe(email);
    expect(me.rollen.map((r) => r.rol)).toEqual(['opdrachtgever']);
  });

  it('refuses a wrong password and an unknown person with the same message', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord: 'fout-wachtwoord-1' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: 'niemand@test.example', wachtwoord: 'fout-wachtwoord-1' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(json(wrong).detail).toBe(json(unknown).detail);
  });

  it('refuses a disabled person', async () => {
    const disabled = await buildPersoon(t.db, { isActief: false });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: disabled.email, wachtwoord: TEST_WACHTWOORD } });
    expect(response.statusCode).toBe(401);
  });

  it('rotates the session at login: a second login ends the first session', async () => {
    const first = await login(t.app, email);
    const second = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', headers: first, payload: { email, wachtwoord: TEST_WACHTWOORD } });
    expect(second.statusCode).toBe(201);
    expect(cookieHeader(second)).not.toBe(first.cookie);
    expect((await huidige(first)).statusCode).toBe(401);
    expect((await huidige({ cookie: cookieHeader(second) })).statusCode).toBe(200);
  });

  it('logs out: the cookie no longer works', async () => {
    const headers = await login(t.app, email);
    const response = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers });
    expect(response.statusCode).toBe(204);
    expect((await huidige(headers)).statusCode).toBe(401);
  });
});

describe('session timeouts', () => {
  it('expires after the idle timeout', async () => {
    const headers = await login(t.app, email);
    t.clock.advance(29 * 60_000);
    expect((await huidige(headers)).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await huidige(headers)).statusCode).toBe(401);
  });

  it('expires after the absolute timeout even when used all the time', async () => {
    const headers = await login(t.app, email);
    for (let i = 0; i < 11 * 3; i++) {
      t.clock.advance(20 * 60_000);
      expect((await huidige(headers)).statusCode).toBe(200);
    }
    t.clock.advance(61 * 60_000);
    expect((await huidige(headers)).statusCode).toBe(401);
  });
});

describe('origin check on cookie mutations', () => {
  it('refuses a cookie mutation without Origin or from another origin', async () => {
    const { cookie } = await login(t.app, email);
    const without = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(json(without).code).toBe('origin-geweigerd');
    const other = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers: { cookie, origin: 'https://evil.example' } });
    expect(other.statusCode).toBe(403);
    const same = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers: { cookie, origin: ORIGIN } });
    expect(same.statusCode).toBe(204);
  });

  it('refuses a login posted from another origin', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', headers: { origin: 'https://evil.example' }, payload: { email, wachtwoord: TEST_WACHTWOORD } });
    expect(response.statusCode).toBe(403);
  });
});

describe('login rate limit', () => {
  it('answers 429 problem+json after 10 attempts a minute from one address', async () => {
    const limited = await createTestApp();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/api/v1/sessies', remoteAddress: '10.1.2.3', payload: { email: 'x@test.example', wachtwoord: 'fout-wachtwoord-1' } });
        statuses.push(r.statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
