import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import { type Clock, systemClock } from './context.js';
import type { Database } from './db/client.js';
import { registerModules } from './modules/index.js';
import auth from './plugins/auth.js';
import openapi from './plugins/openapi.js';
import operations from './plugins/operations.js';
import problemJson from './plugins/problem-json.js';
import security from './plugins/security.js';
import web from './plugins/web.js';

z.config(z.locales.nl());

export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
}

export interface BuildAppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Validate every response against its schema (tests); production just serialises. */
  validateResponses?: boolean;
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
}

/** Builds the Fastify app with all plugins and modules; never listens (see server.ts). */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.config.publicUrl !== undefined,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 5 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', { database: options.database, config: options.config, clock: options.clock ?? systemClock });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    options.validateResponses ? serializerCompiler : () => (data: unknown) => JSON.stringify(data),
  );
  // JSON only: a text/plain body is 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    'application/merge-patch+json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  await app.register(problemJson);
  await app.register(security);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(auth);
  await app.register(openapi);
  await app.register(operations);
  await registerModules(app);
  if (options.serveWeb) await app.register(web);
  return app;
}
