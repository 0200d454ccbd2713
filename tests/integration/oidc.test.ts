import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_FOUTEN } from '../../common/api/oidc.js';
import { auditGebeurtenissen, oidcAanmeldingen, personen, sessies } from '../../server/db/schema/index.js';
import { buildPersoon } from '../factories/index.js';
import { createTestApp, type TestApp } from '../setup/app.js';
import { freePorts, startTestProvider, TestBrowser, type TestAccount, type TestProvider } from '../setup/oidc.js';

// End to end against a real provider (oidc-provider) over real HTTP on localhost: the app
// listens, the test drives a cookie-keeping browser through the redirects.

const GEHEIM = 'driehoek-test-geheim-1234';
const CALLBACK = '/api/v1/sessies/oidc/callback';

let provider: TestProvider;
let t: TestApp;
let appUrl: string;
let appHost: string;
let volgnummer = 0;

beforeAll(async () => {
  const [port] = await freePorts(1);
  appHost = `127.0.0.1:${port}`;
  appUrl = `http://${appHost}`;
  provider = await startTestProvider([{ client_id: 'driehoek', client_secret: GEHEIM, redirect_uris: [appUrl + CALLBACK] }]);
  t = await createTestApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'driehoek', OIDC_CLIENT_SECRET: GEHEIM, PUBLIC_URL: appUrl });
  await t.app.listen({ port: port!, host: '127.0.0.1' });
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

function account(overrides: Partial<TestAccount> = {}): TestAccount {
  const n = ++volgnummer;
  return { sub: `onderwerp-${n}`, email: `oidc${n}@test.example`, email_verified: true, ...overrides };
}

/** Starts a login at the app and returns the provider URL the browser is sent to. */
async function start(browser: TestBrowser, query = ''): Promise<string> {
  const response = await browser.get(`${appUrl}/api/v1/sessies/oidc${query}`);
  expect(response.status).toBe(302);
  return TestBrowser.location(response, appUrl);
}

/** Lets the provider log `who` in and returns the callback URL it sends the browser back to. */
async function atProvider(browser: TestBrowser, providerUrl: string, who: TestAccount | null): Promise<string> {
  provider.account = who;
  return browser.followUntil(providerUrl, (url) => url.startsWith(appUrl + CALLBACK));
}

/** Delivers the callback to the app; returns where the app sends the browser. */
async function finish(browser: TestBrowser, callbackUrl: string): Promise<string> {
  const response = await browser.get(callbackUrl);
  expect(response.status).toBe(302);
  return response.headers.get('location')!;
}

async function login(browser: TestBrowser, who: TestAccount | null, query = ''): Promise<string> {
  return finish(browser, await atProvider(browser, await start(browser, query), who));
}

async function huidige(browser: TestBrowser): Promise<Response> {
  return browser.get(`${appUrl}/api/v1/sessies/huidige`);
}

async function aantalSessies(): Promise<number> {
  return (await t.db.select({ n: count() }).from(sessies))[0]!.n;
}

async function expectRefused(browser: TestBrowser, location: string, code: keyof typeof OIDC_FOUTEN, sessiesVoor: number) {
  expect(location).toBe(`/inloggen?fout=${code}`);
  expect(browser.cookie(appHost, 'driehoek-sessie')).toBeUndefined();
  expect((await huidige(browser)).status).toBe(401);
  expect(await aantalSessies()).toBe(sessiesVoor);
}

describe('inloggen met OpenID Connect', () => {
  it('links the first login to the person with the same verified e-mail, and finds them by iss and sub afterwards', async () => {
    const wie = account({ email: 'anna.jansen@test.example' });
    const persoon = await buildPersoon(t.db, { email: 'Anna.Jansen@Test.example', wachtwoordHash: null });
    const browser = new TestBrowser();

    const providerUrl = await start(browser, '?terugNaar=%2Fopdrachten%3Fstatus%3Dopen');
    expect(new URL(providerUrl).origin).toBe(provider.issuer);
    const params = new URL(providerUrl).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('redirect_uri')).toBe(appUrl + CALLBACK);
    expect(params.get('nonce')).toBeTruthy();
    const callbackUrl = await atProvider(browser, providerUrl, wie);
    const response = await browser.get(callbackUrl);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/opdrachten?status=open');
    // Plain http PUBLIC_URL: a cookie without Secure, or the browser would drop it.
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('driehoek-sessie='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).not.toMatch(/Secure/);

    const sessie = await huidige(browser);
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
    expect(await login(tweede, wie)).toBe('/');
    expect(((await (await huidige(tweede)).json()) as { persoon: { id: string } }).persoon.id).toBe(persoon.id);
  });

  it('refuses an e-mail address the provider did not verify, and links nobody', async () => {
    const wie = account({ email_verified: false });
    const persoon = await buildPersoon(t.db, { email: wie.email });
    const browser = new TestBrowser();
    const voor = await aantalSessies();
    await expectRefused(browser, await login(browser, wie), 'oidc-onbekende-persoon', voor);
    const [na] = await t.db.select().from(personen).where(eq(personen.id, persoon.id));
    expect(na?.oidcSubject).toBeNull();
  });

  it('refuses someone unknown in Driehoek with a Dutch explanation, and creates no persoon', async () => {
    const personenVoor = (await t.db.select({ n: count() }).from(personen))[0]!.n;
    const browser = new TestBrowser();
    await expectRefused(browser, await login(browser, account()), 'oidc-onbekende-persoon', await aantalSessies());
    expect((await t.db.select({ n: count() }).from(personen))[0]!.n).toBe(personenVoor);
    expect(OIDC_FOUTEN['oidc-onbekende-persoon']).toContain('niet bekend in Driehoek');
  });

  it('refuses a person who is no longer active, also when linked before', async () => {
    const wie = account();
    await buildPersoon(t.db, { email: wie.email, isActief: false });
    const browser = new TestBrowser();
    await expectRefused(browser, await login(browser, wie), 'oidc-persoon-inactief', await aantalSessies());

    const gekoppeld = account();
    await buildPersoon(t.db, { email: 'iemand@test.example', oidcIssuer: provider.issuer, oidcSubject: gekoppeld.sub, isActief: false });
    await expectRefused(browser, await login(browser, gekoppeld), 'oidc-persoon-inactief', await aantalSessies());
  });

  it('never hands a person already linked to one identity to another identity with the same e-mail', async () => {
    const wie = account();
    await buildPersoon(t.db, { email: wie.email, oidcIssuer: provider.issuer, oidcSubject: 'een-ander-onderwerp' });
    const browser = new TestBrowser();
    await expectRefused(browser, await login(browser, wie), 'oidc-onbekende-persoon', await aantalSessies());
  });

  it('reports a login the user broke off at the provider', async () => {
    const browser = new TestBrowser();
    await expectRefused(browser, await login(browser, null), 'oidc-afgebroken', await aantalSessies());
  });
});
