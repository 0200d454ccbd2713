import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { API_VERSION } from '../version.js';

/**
 * Security headers (CSP, nosniff, frame-ancestors none; HSTS only behind an https PUBLIC_URL),
 * the API-Version header on every response, and /.well-known/security.txt.
 */
async function security(app: FastifyInstance) {
  const { config } = app.deps;
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'", ...(config.oidc ? [new URL(config.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        ...(config.isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('API-Version', API_VERSION);
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  app.get('/.well-known/security.txt', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const expires = new Date(app.deps.clock.now().getTime() + 180 * 86_400_000).toISOString();
    const base = config.publicUrl?.origin;
    const lines = [
      `Contact: ${config.securityContact}`,
      `Expires: ${expires}`,
      'Preferred-Languages: nl, en',
      ...(base ? [`Canonical: ${base}/.well-known/security.txt`] : []),
      'Policy: https://www.ncsc.nl/contact/kwetsbaarheid-melden',
    ];
    return reply.type('text/plain; charset=utf-8').send(`${lines.join('\n')}\n`);
  });
}

export default fp(security, { name: 'security' });
