import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { resolveApiToken, resolveSessie } from '../modules/sessies/sessies.service.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieName(isHttps: boolean): string {
  // Browsers refuse __Host- cookies without Secure, so plain http gets a plain name.
  return isHttps ? '__Host-driehoek-sessie' : 'driehoek-sessie';
}

/**
 * Default deny: a route without `config.access` stops the app at start-up. Requests carry
 * either the session cookie (browsers) or `Authorization: Bearer` (agency systems); cookie
 * mutations must come from our own origin.
 */
async function auth(app: FastifyInstance) {
  const { config } = app.deps;
  const cookieName = sessionCookieName(config.isHttps);
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('sessieId', null);

  app.addHook('onRoute', (route) => {
    if (!route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} declareert geen toegang (config.access)`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // 404/405 handlers
    const deps = { db: app.deps.database.db, config, clock: app.deps.clock };
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await resolveApiToken(deps, authorization.slice(7).trim());
      request.authVia = request.actor ? 'bearer' : null;
      if (!request.actor) throw new AppError('niet-ingelogd', 'Het API-token is onbekend of ingetrokken.');
    } else {
      const secret = request.cookies[cookieName];
      if (secret) {
        const sessie = await resolveSessie(deps, secret);
        if (sessie) {
          request.actor = sessie.actor;
          request.authVia = 'cookie';
          request.sessieId = sessie.sessieId;
        } else {
          clearSessionCookie(reply, cookieName, config.isHttps);
        }
      }
    }
    if (MUTATING.has(request.method) && (request.authVia === 'cookie' || access === 'public')) {
      checkOrigin(request, config.publicUrl);
    }
    if (access === 'public') return;
    if (!request.actor) throw new AppError('niet-ingelogd', 'Log in om verder te gaan.');
    if (access === 'persoon' && request.actor.kind !== 'persoon') {
      throw new AppError('geen-toegang', 'Dit kan alleen een ingelogde persoon, niet met een API-token.');
    }
    if (access === 'beheerder' && !request.actor.isBeheerder) {
      throw new AppError('geen-toegang', 'Alleen een beheerder mag dit.');
    }
  });
}

/**
 * Cookie-authenticated mutations must carry an Origin of our own (CSRF defence on top of
 * SameSite=Lax). Public mutations (login) are checked only when an Origin is sent.
 */
function checkOrigin(request: FastifyRequest, publicUrl: URL | undefined) {
  const origin = request.headers.origin;
  if (!origin) {
    if (request.authVia === 'cookie') {
      throw new AppError('origin-geweigerd', 'Dit verzoek mist de Origin-header en is daarom geweigerd.');
    }
    return;
  }
  const expected = publicUrl ? publicUrl.origin : `${request.protocol}://${request.host}`;
  if (origin !== expected) {
    throw new AppError('origin-geweigerd', `Verzoeken van ${origin} worden niet geaccepteerd.`);
  }
}

export function setSessionCookie(reply: FastifyReply, name: string, secret: string, expiresAt: Date, isHttps: boolean) {
  reply.setCookie(name, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, name: string, isHttps: boolean) {
  reply.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps });
}

export default fp(auth, { name: 'auth', dependencies: ['@fastify/cookie'] });
