import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

/**
 * JSON logs (pino) with request ids and nothing secret or personal: no headers, no query
 * strings (search terms, OIDC codes and state live there), passwords redacted.
 */
export function loggerOptions(level: Config['logLevel'], stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url.split('?')[0], reqId: req.id }),
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.wachtwoord', '*.password'],
      censor: '[verborgen]',
    },
  };
}
