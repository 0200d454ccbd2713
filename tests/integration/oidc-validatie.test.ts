import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcAanmeldingen, sessies } from '../../server/db/schema/index.js';
import { buildPersoon } from '../factories/index.js';
import type { TestApp } from '../setup/app.js';
import {
  createListeningTestApp,
  freePorts,
  OIDC_CALLBACK,
  oidcFlow,
  startTamperedDiscovery,
  startTestProvider,
  TestBrowser,
  type TestAccount,
  type TestProvider,
} from '../setup/oidc.js';

// The checks that keep a forged or misdirected answer from logging anyone in: state (single
// use, fresh, bound to the browser), the ID token's iss, aud and nonce. Each case sets up a
// person who WOULD be logged in, so a refusal can only come from the check under test.

const GEHEIM = 'driehoek-test-geheim-1234';
const ANDER_GEHEIM = 'ander-test-geheim-5678';

let providerA: TestProvider;
let providerB: TestProvider;
let vervalst: { issuer: string; close(): Promise<void> };
let t: TestApp & { logs: string[] };
let t2: TestApp & { logs: string[] };
let appUrl: string;
let app2Url: string;
let flow: ReturnType<typeof oidcFlow>;
let volgnummer = 0;

beforeAll(async () => {
  const [port, port2] = await freePorts(2);
  appUrl = `http://127.0.0.1:${port}`;
  app2Url = `http://127.0.0.1:${port2}`;
  providerA = await startTestProvider([
    { client_id: 'driehoek', client_secret: GEHEIM, redirect_uris: [appUrl + OIDC_CALLBACK] },
    { client_id: 'ander', client_secret: ANDER_GEHEIM, redirect_uris: [appUrl + OIDC_CALLBACK] },
  ]);
  providerB = await startTestProvider([
    { client_id: 'driehoek', client_secret: GEHEIM, redirect_uris: [appUrl + OIDC_CALLBACK, app2Url + OIDC_CALLBACK] },
  ]);
  vervalst = await startTamperedDiscovery(providerB.issuer);
  t = await createListeningTestApp({ OIDC_ISSUER: providerA.issuer, OIDC_CLIENT_ID: 'driehoek', OIDC_CLIENT_SECRET: GEHEIM, PUBLIC_URL: appUrl }, port!);
  // No PUBLIC_URL here: the redirect URI comes from the request's own origin.
  t2 = await createListeningTestApp({ OIDC_ISSUER: vervalst.issuer, OIDC_CLIENT_ID: 'driehoek', OIDC_CLIENT_SECRET: GEHEIM }, port2!);
  flow = oidcFlow(appUrl, providerA);
});
afterAll(async () => {
  await t2?.close();
  await t?.close();
  await vervalst?.close();
  await providerB?.close();
  await providerA?.close();
});

/** A provider account and the person in `app` it would log in as. */
async function bekendAccount(app: TestApp = t): Promise<TestAccount> {
  const n = ++volgnummer;
  const wie = { sub: `validatie-${n}`, email: `validatie${n}@test.example`, email_verified: true };
  await buildPersoon(app.db, { email: wie.email });
  return wie;
}

async function aantalSessies(app: TestApp = t): Promise<number> {
  return (await app.db.select({ n: count() }).from(sessies))[0]!.n;
}

/** Refused with `code`, for the logged `reden`, and nobody logged in. */
async function expectRefused(
  browser: TestBrowser,
  location: string,
  code: string,
  reden: string,
  sessiesVoor: number,
  app: TestApp & { logs: string[] } = t,
) {
  expect(location).toBe(`/inloggen?fout=${code}`);
  const geweigerd = app.logs.map((l) => JSON.parse(l) as { msg: string; code?: string; reden?: string }).filter((l) => l.msg === 'OIDC-aanmelding geweigerd');
  expect(geweigerd.at(-1)).toMatchObject({ code, reden: expect.stringContaining(reden) });
  const url = app === t ? appUrl : app2Url;
  expect((await browser.get(`${url}/api/v1/sessies/huidige`)).status).toBe(401);
  expect(await aantalSessies(app)).toBe(sessiesVoor);
}

function stateOf(providerUrl: string): string {
  return new URL(providerUrl).searchParams.get('state')!;
}

describe('OIDC state', () => {
  it('refuses a replayed callback: a state is used once', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const providerUrl = await flow.start(browser);
    const callbackUrl = await flow.atProvider(browser, providerUrl, wie);
    expect(await flow.finish(browser, callbackUrl)).toBe('/');

    const voor = await aantalSessies();
    const replay = new TestBrowser();
    replay.setCookie(new URL(appUrl).host, 'driehoek-oidc', stateOf(providerUrl));
    await expectRefused(replay, await flow.finish(replay, callbackUrl), 'oidc-verlopen', 'state onbekend of al gebruikt', voor);
  });

  it('refuses an unknown state', async () => {
    const browser = new TestBrowser();
    browser.setCookie(new URL(appUrl).host, 'driehoek-oidc', 'verzonnen');
    const location = await flow.finish(browser, `${appUrl}${OIDC_CALLBACK}?code=abc&state=verzonnen`);
    await expectRefused(browser, location, 'oidc-verlopen', 'state onbekend', await aantalSessies());
  });

  it('refuses a callback opened in another browser than the one that started the login (login CSRF)', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const callbackUrl = await flow.atProvider(browser, await flow.start(browser), wie);

    const slachtoffer = new TestBrowser();
    await expectRefused(slachtoffer, await flow.finish(slachtoffer, callbackUrl), 'oidc-verlopen', 'hoort niet bij deze browser', await aantalSessies());
    // The refusal does not use up the login of the browser that did start it.
    expect(await flow.finish(browser, callbackUrl)).toBe('/');
  });

  it('refuses a login that took longer than ten minutes', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const callbackUrl = await flow.atProvider(browser, await flow.start(browser), wie);
    t.clock.advance(10 * 60_000 + 1000);
    await expectRefused(browser, await flow.finish(browser, callbackUrl), 'oidc-verlopen', 'ouder dan tien minuten', await aantalSessies());
  });
});

describe('OIDC ID-token', () => {
  it('refuses an answer from another provider than the one asked (mix-up: iss of the answer)', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const viaA = new URL(await flow.start(browser));
    const viaB = `${providerB.issuer}${viaA.pathname}${viaA.search}`;
    providerB.account = wie;
    const callbackUrl = await browser.followUntil(viaB, (url) => url.startsWith(appUrl + OIDC_CALLBACK));
    await expectRefused(browser, await flow.finish(browser, callbackUrl), 'oidc-ongeldig-antwoord', '"iss" (issuer) response parameter', await aantalSessies());
  });

  it('refuses an ID token whose iss is not the configured issuer', async () => {
    const wie = await bekendAccount(t2);
    const flow2 = oidcFlow(app2Url, providerB);
    const browser = new TestBrowser();
    const providerUrl = await flow2.start(browser);
    expect(new URL(providerUrl).searchParams.get('redirect_uri')).toBe(app2Url + OIDC_CALLBACK);
    const callbackUrl = new URL(await flow2.atProvider(browser, providerUrl, wie));
    // Without the answer's own iss parameter, only the ID token can give the other provider away.
    callbackUrl.searchParams.delete('iss');
    const voor = await aantalSessies(t2);
    await expectRefused(browser, await flow2.finish(browser, callbackUrl.href), 'oidc-ongeldig-antwoord', 'claim iss', voor, t2);
  });

  it('refuses an ID token issued to another client (aud)', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const providerUrl = new URL(await flow.start(browser));
    providerUrl.searchParams.set('client_id', 'ander');
    const callbackUrl = await flow.atProvider(browser, providerUrl.href, wie);
    const voor = await aantalSessies();
    providerA.tokenClientOverride = { id: 'ander', secret: ANDER_GEHEIM };
    try {
      await expectRefused(browser, await flow.finish(browser, callbackUrl), 'oidc-ongeldig-antwoord', 'claim aud', voor);
    } finally {
      providerA.tokenClientOverride = undefined;
    }
  });

  it('refuses an ID token whose nonce is not the one of this login', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const providerUrl = await flow.start(browser);
    await t.db.update(oidcAanmeldingen).set({ nonce: 'een-andere-nonce' }).where(eq(oidcAanmeldingen.state, stateOf(providerUrl)));
    const callbackUrl = await flow.atProvider(browser, providerUrl, wie);
    await expectRefused(browser, await flow.finish(browser, callbackUrl), 'oidc-ongeldig-antwoord', 'claim nonce', await aantalSessies());
  });

  it('logs in through the same setup when nothing is tampered with', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    expect(await flow.login(browser, wie)).toBe('/');
    expect((await flow.huidige(browser)).status).toBe(200);
  });
});

describe('OIDC logging', () => {
  it('logs no codes, tokens, secrets or e-mail addresses', async () => {
    const wie = await bekendAccount();
    const browser = new TestBrowser();
    const providerUrl = await flow.start(browser);
    const callbackUrl = new URL(await flow.atProvider(browser, providerUrl, wie));
    expect(await flow.finish(browser, callbackUrl.href)).toBe('/');
    browser.setCookie(new URL(appUrl).host, 'driehoek-oidc', stateOf(providerUrl));
    expect(await flow.finish(browser, callbackUrl.href)).toBe('/inloggen?fout=oidc-verlopen');
    const log = [...t.logs, ...t2.logs].join('\n');
    expect(log).toContain('OIDC-aanmelding geweigerd');
    expect(log).not.toContain(callbackUrl.searchParams.get('code')!);
    expect(log).not.toContain(callbackUrl.searchParams.get('state')!);
    expect(log).not.toMatch(/eyJ[\w-]+\.eyJ/); // a JWT
    expect(log).not.toContain(GEHEIM);
    expect(log).not.toContain('@test.example');
  });
});
