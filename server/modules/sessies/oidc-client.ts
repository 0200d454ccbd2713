import * as client from 'openid-client';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';

export type OidcInstelling = NonNullable<Config['oidc']>;

/** Seconds for every request to the provider; a hanging provider must not hold a login forever. */
const TIMEOUT_SECONDS = 10;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const NIET_BESCHIKBAAR = 'De identiteitsprovider is nu niet bereikbaar. Probeer het later opnieuw.';

// Per process, lazily: a provider that is down at start-up must not stop the app, and the
// next login after a failed discovery tries again.
const configurations = new Map<string, Promise<client.Configuration>>();

/** The provider's discovered configuration, cached per process; 503 when the provider cannot be reached. */
export async function getProviderConfiguration(oidc: OidcInstelling): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}\n${oidc.clientSecret ?? ''}`;
  let pending = configurations.get(key);
  if (!pending) {
    const started = discover(oidc);
    configurations.set(key, started);
    started.catch(() => {
      if (configurations.get(key) === started) configurations.delete(key);
    });
    pending = started;
  }
  try {
    return await pending;
  } catch (error) {
    throw new AppError('niet-beschikbaar', NIET_BESCHIKBAAR, { internal: `OIDC-discovery mislukt: ${describeError(error)}` });
  }
}

async function discover(oidc: OidcInstelling): Promise<client.Configuration> {
  const issuer = new URL(oidc.issuer);
  // Plain http only for a provider on this machine (development and tests), never across a network.
  const isLocalHttp = issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname);
  const configuration = await client.discovery(
    issuer,
    oidc.clientId,
    undefined,
    oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
    { timeout: TIMEOUT_SECONDS, ...(isLocalHttp ? { execute: [client.allowInsecureRequests] } : {}) },
  );
  configuration.timeout = TIMEOUT_SECONDS;
  return configuration;
}

export interface PkceAanvraag {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function newPkceAanvraag(): PkceAanvraag {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

/** The provider URL to send the browser to: code flow with PKCE (S256), state and nonce. */
export async function buildLoginUrl(configuration: client.Configuration, redirectUri: string, aanvraag: PkceAanvraag): Promise<URL> {
  return client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid email',
    state: aanvraag.state,
    nonce: aanvraag.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(aanvraag.codeVerifier),
    code_challenge_method: 'S256',
  });
}

export interface OidcIdentiteit {
  issuer: string;
  subject: string;
  /** The e-mail address and whether the provider verified it; fetched from userinfo when the ID token lacks it. */
  loadEmail(): Promise<{ email: string | undefined; isVerified: boolean }>;
}

/**
 * Exchanges the code (with the PKCE verifier) and validates the ID token: signature, iss,
 * aud, nonce, exp (openid-client). Every failure becomes an AppError with a stable code.
 */
export async function exchangeCode(
  configuration: client.Configuration,
  callbackUrl: URL,
  aanvraag: PkceAanvraag,
): Promise<OidcIdentiteit> {
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      expectedState: aanvraag.state,
      expectedNonce: aanvraag.nonce,
      pkceCodeVerifier: aanvraag.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new AppError('oidc-ongeldig-antwoord', ONGELDIG, { internal: 'OIDC: geen ID-token ontvangen' });
    const issuer = configuration.serverMetadata().issuer;
    return {
      issuer,
      subject: claims.sub,
      loadEmail: async () => {
        if (typeof claims.email === 'string') return { email: claims.email, isVerified: isTrue(claims.email_verified) };
        // Many providers keep scope claims out of the ID token; userinfo checks that sub matches.
        try {
          const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
          return { email: typeof info.email === 'string' ? info.email : undefined, isVerified: isTrue(info.email_verified) };
        } catch (error) {
          throw classify(error);
        }
      },
    };
  } catch (error) {
    throw classify(error);
  }
}

const ONGELDIG = 'Het antwoord van de identiteitsprovider was niet geldig. Probeer opnieuw in te loggen.';

function isTrue(value: unknown): boolean {
  // Some providers send the boolean as a string.
  return value === true || value === 'true';
}

function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const internal = `OIDC-antwoord geweigerd: ${describeError(error)}`;
  const code = (error as { code?: unknown }).code;
  if (error instanceof TypeError || code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT') {
    return new AppError('niet-beschikbaar', NIET_BESCHIKBAAR, { internal });
  }
  if (error instanceof client.AuthorizationResponseError) {
    return new AppError('oidc-afgebroken', 'Het inloggen bij de identiteitsprovider is afgebroken.', { internal });
  }
  return new AppError('oidc-ongeldig-antwoord', ONGELDIG, { internal });
}

/**
 * For the log: the kind of failure and which claim or attribute failed, never tokens, claim
 * values or error descriptions (those may carry personal data).
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  // openid-client wraps oauth4webapi's error, whose cause names the failing claim.
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const { name, code, error: oauthError, message, claim, attribute } = current as Record<string, unknown>;
    for (const part of [name, code, oauthError, message]) if (typeof part === 'string' && !parts.includes(part)) parts.push(part);
    if (typeof claim === 'string') parts.push(`claim ${claim}`);
    if (typeof attribute === 'string') parts.push(`attribuut ${attribute}`);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.length > 0 ? parts.join(' | ') : 'onbekende fout';
}
