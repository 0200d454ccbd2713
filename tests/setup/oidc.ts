import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import Provider from 'oidc-provider';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { type TestApp, TestClock } from './app.js';
import { createTestDatabase } from './database.js';

/**
 * A real OpenID Connect provider (oidc-provider) in this process, on a random localhost port,
 * plus a minimal browser that follows redirects and keeps cookies. Only localhost is used.
 */

export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface TestProvider {
  issuer: string;
  /** Who the next login at this provider is; null makes the provider answer `access_denied`. */
  account: TestAccount | null;
  /**
   * When set, the token endpoint sees these client credentials instead of the caller's: a
   * stand-in for a provider that hands a relying party a token meant for another client.
   */
  tokenClientOverride: { id: string; secret: string } | undefined;
  close(): Promise<void>;
}

/** Listens on a random 127.0.0.1 port with a handler that can be set after the port is known. */
export async function listenLocal(): Promise<{ url: string; setHandler(handler: RequestListener): void; close(): Promise<void> }> {
  let current: RequestListener = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => current(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setHandler(handler) {
      current = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Free ports on 127.0.0.1, for apps whose PUBLIC_URL must be known before they listen. */
export async function freePorts(count: number): Promise<number[]> {
  const probes = [];
  for (let i = 0; i < count; i++) probes.push(await listenLocal());
  await Promise.all(probes.map((p) => p.close()));
  return probes.map((p) => Number(new URL(p.url).port));
}

export async function startTestProvider(clients: TestClient[]): Promise<TestProvider> {
  const http = await listenLocal();
  const state: TestProvider = { issuer: http.url, account: null, tokenClientOverride: undefined, close: http.close };
  const accounts = new Map<string, TestAccount>();
  const provider = new Provider(http.url, {
    clients: clients.map((c) => ({
      ...c,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['driehoek-test-sleutel'] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Grant: 600, Session: 600 },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => ({ ...account }) } : undefined;
    },
    // Consent is not what these tests are about: grant every client what it asks for.
    loadExistingGrant: async (ctx: GrantContext) => {
      const { Grant } = ctx.oidc.provider;
      const grant = new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
    renderError: async (ctx: { type: string; body: unknown }, out: unknown) => {
      ctx.type = 'application/json';
      ctx.body = out;
    },
  });
  const callback = provider.callback();
  http.setHandler((req, res) => {
    if (req.url?.startsWith('/interaction/')) return void finishInteraction(provider, state, accounts, req, res);
    if (state.tokenClientOverride && req.method === 'POST' && req.url === '/token') {
      const { id, secret } = state.tokenClientOverride;
      req.headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
    }
    callback(req, res);
  });
  return state;
}

interface GrantContext {
  oidc: {
    provider: { Grant: new (init: { clientId: string; accountId: string | undefined }) => { addOIDCScope(scope: string): void; save(): Promise<string> } };
    client: { clientId: string };
    session: { accountId: string | undefined };
  };
}

/** The login page, automated: the current test account logs in at once (or refuses). */
async function finishInteraction(
  provider: Provider,
  state: TestProvider,
  accounts: Map<string, TestAccount>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const account = state.account;
  if (account) accounts.set(account.sub, account);
  const result = account
    ? { login: { accountId: account.sub } }
    : { error: 'access_denied', error_description: 'De gebruiker brak het inloggen af' };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

/**
 * A discovery document that claims to be `issuer` but points at another provider's endpoints
 * (and drops RFC 9207's iss parameter): what a misconfigured or tampered discovery looks like.
 */
export async function startTamperedDiscovery(realIssuer: string): Promise<{ issuer: string; close(): Promise<void> }> {
  const http = await listenLocal();
  http.setHandler(async (req, res) => {
    if (req.url !== '/.well-known/openid-configuration') return void res.writeHead(404).end();
    const metadata = (await (await fetch(`${realIssuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    delete metadata.authorization_response_iss_parameter_supported;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...metadata, issuer: http.url }));
  });
  return { issuer: http.url, close: http.close };
}

/** A browser without JavaScript: manual redirects, cookies per host (ignoring path, enough here). */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(target, { redirect: 'manual', headers: cookies ? { cookie: cookies } : {} });
    this.store(target.host, response.headers.getSetCookie());
    return response;
  }

  /** Where a redirect points, as an absolute URL. */
  static location(response: Response, from: string): string {
    const location = response.headers.get('location');
    if (!location) throw new Error(`Geen doorverwijzing maar ${response.status} op ${from}`);
    return new URL(location, from).href;
  }

  /** Follows redirects from `url` and stops (without fetching) at the first URL that `stop` accepts. */
  async followUntil(url: string, stop: (url: string) => boolean): Promise<string> {
    let current = url;
    for (let hops = 0; hops < 10; hops++) {
      if (stop(current)) return current;
      const response = await this.get(current);
      current = TestBrowser.location(response, current);
    }
    throw new Error(`Te veel doorverwijzingen vanaf ${url}`);
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.jar.set(host, (this.jar.get(host) ?? new Map<string, string>()).set(name, value));
  }

  private store(host: string, setCookies: string[]) {
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';').map((p) => p.trim());
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const expires = attributes.find((a) => /^expires=/i.test(a));
      const isExpired =
        attributes.some((a) => /^max-age=(0|-)/i.test(a)) || (expires !== undefined && new Date(expires.slice(8)) < new Date());
      if (isExpired) cookies.delete(name);
      else cookies.set(name, pair.slice(index + 1));
    }
    this.jar.set(host, cookies);
  }
}

export const OIDC_CALLBACK = '/api/v1/sessies/oidc/callback';

/** The steps of a login through a listening app and a test provider, for a test to interfere between. */
export function oidcFlow(appUrl: string, provider: TestProvider) {
  const flow = {
    /** Starts a login at the app; returns the provider URL the browser is sent to. */
    async start(browser: TestBrowser, query = ''): Promise<string> {
      const response = await browser.get(`${appUrl}/api/v1/sessies/oidc${query}`);
      if (response.status !== 302) throw new Error(`Start gaf ${response.status}: ${await response.text()}`);
      return TestBrowser.location(response, appUrl);
    },
    /** Lets the provider log `who` in; returns the callback URL it sends the browser back to. */
    async atProvider(browser: TestBrowser, providerUrl: string, who: TestAccount | null): Promise<string> {
      provider.account = who;
      return browser.followUntil(providerUrl, (url) => url.startsWith(appUrl + OIDC_CALLBACK));
    },
    /** Delivers the callback to the app; returns where the app sends the browser. */
    async finish(browser: TestBrowser, callbackUrl: string): Promise<string> {
      const response = await browser.get(callbackUrl);
      if (response.status !== 302) throw new Error(`Callback gaf ${response.status}: ${await response.text()}`);
      return response.headers.get('location')!;
    },
    async login(browser: TestBrowser, who: TestAccount | null, query = ''): Promise<string> {
      return flow.finish(browser, await flow.atProvider(browser, await flow.start(browser, query), who));
    },
    huidige(browser: TestBrowser): Promise<Response> {
      return browser.get(`${appUrl}/api/v1/sessies/huidige`);
    },
  };
  return flow;
}

/** The real app on a fresh database, listening on `port`, with its log lines (info and up) kept for inspection. */
export async function createListeningTestApp(env: Record<string, string>, port: number): Promise<TestApp & { logs: string[] }> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const database = await createTestDatabase();
  const config = loadConfig({ ...env, LOG_LEVEL: 'info' });
  const clock = new TestClock();
  const app = await buildApp({ database, config, clock, validateResponses: true, logger: { level: 'info', stream } });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    database,
    db: database.db,
    config,
    clock,
    logs,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
