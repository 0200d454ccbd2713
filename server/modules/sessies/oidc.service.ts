import { AppError, registerErrorCodes } from '../../errors.js';
import { API_BASE } from '../../version.js';
import { recordAudit } from '../audit/audit.service.js';
import { buildLoginUrl, exchangeCode, getProviderConfiguration, newPkceAanvraag, type OidcIdentiteit, type OidcInstelling } from './oidc-client.js';
import * as repo from './oidc.repository.js';
import { type SessieDeps, startSessie } from './sessies.service.js';

registerErrorCodes({
  'oidc-niet-ingesteld': { status: 404, title: 'Inloggen met OpenID Connect is niet ingesteld' },
  'oidc-verlopen': { status: 400, title: 'Aanmelding verlopen' },
  'oidc-afgebroken': { status: 400, title: 'Aanmelding afgebroken' },
  'oidc-ongeldig-antwoord': { status: 400, title: 'Ongeldig antwoord van de identiteitsprovider' },
  'oidc-onbekende-persoon': { status: 403, title: 'Onbekend in Driehoek' },
  'oidc-persoon-inactief': { status: 403, title: 'Account niet actief' },
});

/** A pending login older than this is refused and purged. */
export const OIDC_AANMELDING_GELDIG_MS = 10 * 60_000;

export const OIDC_CALLBACK_PATH = `${API_BASE}/sessies/oidc/callback`;

const ONBEKEND =
  'U bent aangemeld bij de identiteitsprovider, maar niet bekend in Driehoek. Vraag een beheerder u toe te voegen.';

/** Where the provider sends the browser back: PUBLIC_URL when set, otherwise the origin the request came in on. */
export function oidcRedirectUri(deps: SessieDeps, requestOrigin: string): string {
  return new URL(OIDC_CALLBACK_PATH, deps.config.publicUrl?.origin ?? requestOrigin).href;
}

function requireOidc(deps: SessieDeps): OidcInstelling {
  if (!deps.config.oidc) throw new AppError('oidc-niet-ingesteld', 'Inloggen met OpenID Connect is op deze installatie niet ingesteld.');
  return deps.config.oidc;
}

/**
 * Starts a login at the identity provider: stores state, nonce and PKCE verifier in the
 * database (any app process can finish the login) and returns the provider URL and the state.
 */
export async function startOidcAanmelding(
  deps: SessieDeps,
  input: { redirectUri: string; terugNaar: string | undefined },
): Promise<{ url: string; state: string }> {
  const configuration = await getProviderConfiguration(requireOidc(deps));
  const aanvraag = newPkceAanvraag();
  await repo.insertOidcAanmelding(deps.db, { ...aanvraag, terugNaar: input.terugNaar ?? null, createdAt: deps.clock.now() });
  const url = await buildLoginUrl(configuration, input.redirectUri, aanvraag);
  return { url: url.href, state: aanvraag.state };
}

/**
 * Finishes a login: the state must be pending, fresh and started in this browser (it is used
 * once), the code and ID token must check out, and the identity must map to an active person.
 * Returns the new session's secret and where to send the browser.
 */
export async function voltooiOidcAanmelding(
  deps: SessieDeps,
  input: { callbackUrl: URL; state: string | undefined; browserState: string | undefined; requestId: string | undefined },
): Promise<{ secret: string; expiresAt: Date; terugNaar: string }> {
  const oidc = requireOidc(deps);
  const verlopen = (internal: string) =>
    new AppError('oidc-verlopen', 'Uw aanmelding is verlopen of al gebruikt. Probeer opnieuw in te loggen.', { internal });
  // The state must also sit in this browser's cookie: a callback URL with someone else's code
  // must not log the victim in as that someone (login CSRF).
  if (!input.state || input.state !== input.browserState) throw verlopen('OIDC: state ontbreekt of hoort niet bij deze browser');
  const aanmelding = await repo.takeOidcAanmelding(deps.db, input.state);
  if (!aanmelding) throw verlopen('OIDC: state onbekend of al gebruikt');
  if (deps.clock.now().getTime() - aanmelding.createdAt.getTime() > OIDC_AANMELDING_GELDIG_MS) {
    throw verlopen('OIDC: aanmelding ouder dan tien minuten');
  }
  const configuration = await getProviderConfiguration(oidc);
  const identiteit = await exchangeCode(configuration, input.callbackUrl, aanmelding);
  const persoon = await findOrLinkPersoon(deps, identiteit, input.requestId);
  const sessie = await startSessie(deps, persoon.id, 'oidc', input.requestId);
  return { ...sessie, terugNaar: aanmelding.terugNaar ?? '/' };
}

async function findOrLinkPersoon(deps: SessieDeps, identiteit: OidcIdentiteit, requestId: string | undefined) {
  const bekend = await repo.findPersoonByOidc(deps.db, identiteit.issuer, identiteit.subject);
  if (bekend) return assertActief(bekend);
  // First login: only an e-mail address the provider verified may claim an existing person.
  const { email, isVerified } = await identiteit.loadEmail();
  if (!email) throw new AppError('oidc-onbekende-persoon', ONBEKEND, { internal: 'OIDC: geen e-mailclaim' });
  if (!isVerified) throw new AppError('oidc-onbekende-persoon', ONBEKEND, { internal: 'OIDC: e-mailadres niet geverifieerd' });
  const persoon = await repo.findPersoonByEmail(deps.db, email);
  if (!persoon) throw new AppError('oidc-onbekende-persoon', ONBEKEND, { internal: 'OIDC: geen persoon met dit e-mailadres' });
  // Someone already linked to another identity is never taken over by a second one.
  if (persoon.oidcSubject !== null) {
    throw new AppError('oidc-onbekende-persoon', ONBEKEND, { internal: 'OIDC: persoon al gekoppeld aan een andere identiteit' });
  }
  assertActief(persoon);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const isLinked = await repo.linkOidcIdentiteit(tx, persoon.id, identiteit.issuer, identiteit.subject, now);
    if (!isLinked) throw new AppError('oidc-onbekende-persoon', ONBEKEND, { internal: 'OIDC: persoon intussen gekoppeld' });
    await recordAudit(tx, {
      actor: { persoonId: persoon.id, naam: 'aanmelding' },
      actie: 'oidc-gekoppeld',
      entiteit: 'persoon',
      entiteitId: persoon.id,
      requestId,
      tijdstip: now,
      voor: { oidcIssuer: null, oidcSubject: null, version: persoon.version },
      na: { oidcIssuer: identiteit.issuer, oidcSubject: identiteit.subject, version: persoon.version + 1 },
    });
  });
  return persoon;
}

function assertActief<T extends { isActief: boolean }>(persoon: T): T {
  if (!persoon.isActief) {
    throw new AppError('oidc-persoon-inactief', 'Uw account in Driehoek is niet actief. Neem contact op met een beheerder.');
  }
  return persoon;
}

/** Removes pending logins past their ten minutes; idempotent, so several processes may run it at once. */
export async function purgeVerlopenOidcAanmeldingen(deps: Pick<SessieDeps, 'db' | 'clock'>): Promise<number> {
  return repo.deleteOidcAanmeldingenVoor(deps.db, new Date(deps.clock.now().getTime() - OIDC_AANMELDING_GELDIG_MS));
}
