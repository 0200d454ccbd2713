import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { packageRoot } from '../db/paths.js';

/** Serves the built React app from dist/web, with index.html for every client-side route. */
async function web(app: FastifyInstance) {
  const root = join(packageRoot(), 'dist', 'web');
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn('dist/web ontbreekt: alleen de API wordt geserveerd (npm run build:web)');
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false, maxAge: '1y', immutable: true });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('Cache-Control', 'no-cache').sendFile('index.html', root, { maxAge: 0, immutable: false });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/') || /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.callNotFound();
    }
    return sendIndex(reply);
  });
}

export default fp(web, { name: 'web' });
