import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_FOUTEN } from '../../common/api/oidc.js';
import { purgeVerlopenOidcAanmeldingen } from '../../server/modules/sessies/oidc.service.js';
import { auditGebeurtenissen, oidcAanmeldingen, personen, sessies } from '../../server/db/schema/index.js';
import { buildPersoon } from '../factories/index.js';
import { createTestApp, type TestApp } from '../setup/app.js';
import { createListeningTestApp, freePorts, OIDC_CALLBACK, oidcFlow, startTestProvider, TestBrowser, type TestAccount, type TestProvider } from '../setup/oidc.js';

// End to end against a real provider (oidc-provider) over real HTTP on localhost: the app
// listens, the test drives a cookie-keeping browser through the redirects.

const GEHEIM = 'driehoek-test-geheim-1234';

let provider: TestProvider;
let t: TestApp;
let appUrl: string;
let appHost: string;
let volgnummer = 0;
let flow: ReturnType<typeof oidcFlow>;

beforeAll(async () => {
  const [port] = await freePorts(1);
  appHost = `127.0.0.1:${port}`;
  appUrl = `http://${appHost}`;
  provider = await startTestProvider([{ client_id: 'driehoek', client_secret: GEHEIM, redirect_uris: [appUrl + OIDC_CALLBACK] }]);
  t = await createTestApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'driehoek', OIDC_CLIENT_SECRET: GEHEIM, PUBLIC_URL: appUrl });
  await t.app.listen({ port: port!, host: '127.0.0.1' });
  flow = oidcFlow(appUrl, provider);
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

function account(overrides: Partial<TestAccount> = {}): TestAccount {
  const n = ++volgnummer;
  return { sub: `onderwerp-${n}`, email: `oidc${n}@test.example`, email_verified: true, ...overrides };
}

async function aantalSessies(): Promise<number> {
  return (await t.db.select({ n: count() }).from(sessies))[0]!.n;
}

async function expectRefused(browser: TestBrowser, location: string, code: keyof typeof OIDC_FOUTEN, sessiesVoor: number) {
  expect(location).toBe(`/inloggen?fout=${code}`);
  expect(browser.cookie(appHost, 'driehoek-sessie')).toBeUndefined();
  expect((await flow.huidige(browser)).status).toBe(401);
  expect(await aantalSessies()).toBe(sessiesVoor);
}

describe('inloggen met OpenID Connect', () => {
  it('links the first login to the person with the same verified e-mail, and finds them by iss and sub afterwards', async () => {
    const wie = account({ email: 'anna.jansen@test.example' });
    const persoon = await buildPersoon(t.db, { email: 'Anna.Jansen@Test.example', wachtwoordHash: null });
    const browser = new TestBrowser();

    const providerUrl = await flow.start(browser, '?terugNaar=%2Fopdrachten%3Fstatus%3Dopen');
    expect(new URL(providerUrl).origin).toBe(provider.issuer);
    const params = new URL(providerUrl).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('redirect_uri')).toBe(appUrl + OIDC_CALLBACK);
    expect(params.get('nonce')).toBeTruthy();
    const callbackUrl = await flow.atProvider(browser, providerUrl, wie);
    const response = await browser.get(callbackUrl);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/opdrachten?status=open');
    // Plain http PUBLIC_URL: a cookie without Secure, or the browser would drop it.
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('driehoek-sessie='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).not.toMatch(/Secure/);

    const sessie = await flow.huidige(browser);
    expect(sessie.status).toBe(200);
    expect(((await sessie.json()) as { persoon: { id: string } }).persoon.id).toBe(persoon.id);
    const [gekoppeld] = await t.db.select().from(personen).where(eq(personen.id, persoon.id));
    expect(gekoppeld).toMatchObject({ oidcIssuer: provider.issuer, oidcSubject: wie.sub, version: persoon.version + 1 });
    const audit = await t.db.select().from(auditGebeurtenissen)
      .where(and(eq(auditGebeurtenissen.entiteitId, persoon.id), eq(auditGebeurtenissen.actie, 'oidc-gekoppeld')));
    expect(audit).toHaveLength(1);
    expect(await t.db.select().from(oidcAanmeldingen).where(eq(oidcAanmeldingen.state, params.get('state')!))).toEqual([]);

    // The e-mail address changes in Driehoek; the identity still finds the person.
    await t.db.update(personen).set({ email: 'a.jansen@test.example' }).where(eq(personen.id, persoon.id));
    const tweede = new TestBrowser();
    expect(await flow.login(tweede, wie)).toBe('/');
    expect(((await (await flow.huidige(tweede)).json()) as { persoon: { id: string } }).persoon.id).toBe(persoon.id);
  });

  it('refuses an e-mail address the provider did not verify, and links nobody', async () => {
    const wie = account({ email_verified: false });
    const persoon = await buildPersoon(t.db, { email: wie.email });
    const browser = new TestBrowser();
    const voor = await aantalSessies();
    await expectRefused(browser, await flow.login(browser, wie), 'oidc-onbekende-persoon', voor);
    const [na] = await t.db.select().from(personen).where(eq(personen.id, persoon.id));
    expect(na?.oidcSubject).toBeNull();
  });

  it('refuses someone unknown in Driehoek with a Dutch explanation, and creates no persoon', async () => {
    const personenVoor = (await t.db.select({ n: count() }).from(personen))[0]!.n;
    const browser = new TestBrowser();
    await expectRefused(browser, await flow.login(browser, account()), 'oidc-onbekende-persoon', await aantalSessies());
    expect((await t.db.select({ n: count() }).from(personen))[0]!.n).toBe(personenVoor);
    expect(OIDC_FOUTEN['oidc-onbekende-persoon']).toContain('niet bekend in Driehoek');
  });

  it('refuses a person who is no longer active, also when linked before', async () => {
    const wie = account();
    await buildPersoon(t.db, { email: wie.email, isActief: false });
    const browser = new TestBrowser();
    await expectRefused(browser, await flow.login(browser, wie), 'oidc-persoon-inactief', await aantalSessies());

    const gekoppeld = account();
    await buildPersoon(t.db, { email: 'iemand@test.example', oidcIssuer: provider.issuer, oidcSubject: gekoppeld.sub, isActief: false });
    await expectRefused(browser, await flow.login(browser, gekoppeld), 'oidc-persoon-inactief', await aantalSessies());
  });

  it('never hands a person already linked to one identity to another identity with the same e-mail', async () => {
    const wie = account();
    await buildPersoon(t.db, { email: wie.email, oidcIssuer: provider.issuer, oidcSubject: 'een-ander-onderwerp' });
    const browser = new TestBrowser();
    await expectRefused(browser, await flow.login(browser, wie), 'oidc-onbekende-persoon', await aantalSessies());
  });

  it('reports a login the user broke off at the provider', async () => {
    const browser = new TestBrowser();
    await expectRefused(browser, await flow.login(browser, null), 'oidc-afgebroken', await aantalSessies());
  });
});

describe('OpenID Connect instellen', () => {
  it('answers 404 oidc-niet-ingesteld when OIDC is not configured, and the callback sends the browser to the login page', async () => {
    const zonder = await createTestApp();
    try {
      const response = await zonder.app.inject({ method: 'GET', url: '/api/v1/sessies/oidc' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'oidc-niet-ingesteld' });
      const callback = await zonder.app.inject({ method: 'GET', url: `${OIDC_CALLBACK}?code=x&state=y`, cookies: { 'driehoek-oidc': 'y' } });
      expect(callback.statusCode).toBe(302);
      expect(callback.headers.location).toBe('/inloggen?fout=oidc-niet-ingesteld');
    } finally {
      await zonder.close();
    }
  });

  it('with an https PUBLIC_URL binds the login to the browser with a Secure __Host- cookie and redirects to PUBLIC_URL', async () => {
    const https = await createTestApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'driehoek', OIDC_CLIENT_SECRET: GEHEIM, PUBLIC_URL: 'https://driehoek.example' });
    try {
      const response = await https.app.inject({ method: 'GET', url: '/api/v1/sessies/oidc' });
      expect(response.statusCode).toBe(302);
      expect(response.headers['cache-control']).toBe('no-store');
      const location = new URL(response.headers.location as string);
      expect(location.searchParams.get('redirect_uri')).toBe('https://driehoek.example/api/v1/sessies/oidc/callback');
      const cookie = response.cookies.find((c) => c.name === '__Host-driehoek-oidc');
      expect(cookie).toMatchObject({ value: location.searchParams.get('state'), path: '/', httpOnly: true, secure: true, sameSite: 'Lax' });
    } finally {
      await https.close();
    }
  });

  it('refuses a terugNaar that would lead to another site', async () => {
    for (const terugNaar of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'opdrachten', '/a b']) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/sessies/oidc', query: { terugNaar } });
      expect(response.statusCode, terugNaar).toBe(400);
      expect(response.json()).toMatchObject({ code: 'ongeldige-invoer', invalidParams: [expect.objectContaining({ name: 'terugNaar' })] });
    }
    expect(await t.db.select({ n: count() }).from(oidcAanmeldingen)).toEqual([{ n: 0 }]);
  });

  it('starts without the provider and answers 503 niet-beschikbaar while it cannot be reached', async () => {
    const [dichtePoort, appPoort] = await freePorts(2);
    const onbereikbaar = await createListeningTestApp(
      { OIDC_ISSUER: `http://127.0.0.1:${dichtePoort}`, OIDC_CLIENT_ID: 'driehoek', OIDC_CLIENT_SECRET: GEHEIM },
      appPoort!,
    );
    try {
      const response = await onbereikbaar.app.inject({ method: 'GET', url: '/api/v1/sessies/oidc' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'niet-beschikbaar' });
      expect(onbereikbaar.logs.join('\n')).toContain('OIDC-discovery mislukt');
      const instellingen = await onbereikbaar.app.inject({ method: 'GET', url: '/api/v1/instellingen' });
      expect(instellingen.json()).toMatchObject({ oidc: true });
    } finally {
      await onbereikbaar.close();
    }
  });

  it('purges pending logins older than ten minutes and keeps fresh ones', async () => {
    const now = t.clock.now();
    await t.db.insert(oidcAanmeldingen).values([
      { state: 'oud', nonce: 'n', codeVerifier: 'v', createdAt: new Date(now.getTime() - 11 * 60_000) },
      { state: 'vers', nonce: 'n', codeVerifier: 'v', createdAt: new Date(now.getTime() - 60_000) },
    ]);
    expect(await purgeVerlopenOidcAanmeldingen({ db: t.db, clock: t.clock })).toBe(1);
    const over = await t.db.select({ state: oidcAanmeldingen.state }).from(oidcAanmeldingen);
    expect(over).toEqual([{ state: 'vers' }]);
    await t.db.delete(oidcAanmeldingen);
  });
});
