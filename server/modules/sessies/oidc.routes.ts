import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { oidcCallbackQuerySchema, oidcStartQuerySchema } from '../../../common/api/oidc.js';
import { AppError } from '../../errors.js';
import { sessionCookieName, setSessionCookie } from '../../plugins/auth.js';
import { API_BASE } from '../../version.js';
import * as service from './oidc.service.js';

const tags = ['Sessies'];
const base = `${API_BASE}/sessies/oidc`;
const doorsturen = z.null().describe('Doorsturen (302); het doel staat in de header Location');

/**
 * OpenID Connect login for browsers: code flow with PKCE. Tokens never reach the browser; it
 * only ever holds the session cookie and, during the login, a cookie binding it to its state.
 */
export async function oidcRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config, clock, database } = fastify.deps;
  const deps = { db: database.db, config, clock };
  const sessieCookie = sessionCookieName(config.isHttps);
  // Same rule as the session cookie: browsers refuse __Host- without Secure.
  const stateCookie = config.isHttps ? '__Host-driehoek-oidc' : 'driehoek-oidc';
  const stateCookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: config.isHttps } as const;
  const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  app.get(base, {
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: 'Inloggen met OpenID Connect starten',
      description: 'Stuurt de browser door naar de identiteitsprovider. Alleen als OpenID Connect is ingesteld (zie /instellingen).',
      querystring: oidcStartQuerySchema,
      response: { 302: doorsturen },
    },
  }, async (request, reply) => {
    const { url, state } = await service.startOidcAanmelding(deps, {
      redirectUri: service.oidcRedirectUri(deps, originOf(request)),
      terugNaar: request.query.terugNaar,
    }).catch((error: unknown) => {
      // The problem answer says only "not available"; operators need the reason.
      if (error instanceof AppError) request.log.warn({ code: error.code, reden: error.message }, 'OIDC-aanmelding niet gestart');
      throw error;
    });
    reply.setCookie(stateCookie, state, { ...stateCookieOptions, maxAge: service.OIDC_AANMELDING_GELDIG_MS / 1000 });
    return noStore(reply).redirect(url, 302);
  });

  app.get(`${base}/callback`, {
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    // The request log line would carry the URL with the authorization code and state; keep
    // only warnings (refusals, logged below without them). Logins are in the audit chain.
    logLevel: 'warn',
    schema: {
      tags,
      summary: 'Terugkeer van de identiteitsprovider',
      description:
        'Zet bij succes de sessiecookie en stuurt door naar terugNaar (of /). Bij een fout naar /inloggen?fout=<code>, ' +
        'met code oidc-verlopen, oidc-afgebroken, oidc-ongeldig-antwoord, oidc-onbekende-persoon, oidc-persoon-inactief, ' +
        'oidc-niet-ingesteld of niet-beschikbaar.',
      querystring: oidcCallbackQuerySchema,
      response: { 302: doorsturen },
    },
  }, async (request, reply) => {
    const callbackUrl = new URL(service.oidcRedirectUri(deps, originOf(request)));
    callbackUrl.search = new URL(request.url, callbackUrl).search;
    const browserState = request.cookies[stateCookie];
    reply.clearCookie(stateCookie, stateCookieOptions);
    noStore(reply);
    try {
      const { secret, expiresAt, terugNaar } = await service.voltooiOidcAanmelding(deps, {
        callbackUrl,
        state: request.query.state,
        browserState,
        requestId: request.id,
      });
      setSessionCookie(reply, sessieCookie, secret, expiresAt, config.isHttps);
      return reply.redirect(terugNaar, 302);
    } catch (error) {
      // A browser arrives here, not an API client: show the reason on the login page.
      if (!(error instanceof AppError)) throw error;
      request.log.warn({ code: error.code, reden: error.message }, 'OIDC-aanmelding geweigerd');
      return reply.redirect(`/inloggen?fout=${encodeURIComponent(error.code)}`, 302);
    }
  });
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store');
}
