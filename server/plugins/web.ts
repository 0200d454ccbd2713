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
  // serve: false — @fastify/static would register a route per file without config.access,
  // which the auth plugin rightly refuses; our two public routes below serve everything.
  await app.register(fastifyStatic, { root, serve: false });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('Cache-Control', 'no-cache').sendFile('index.html', root, { maxAge: 0, immutable: false });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) return reply.callNotFound();
    if (/\.[a-z0-9]+$/i.test(path)) {
      const file = decodeURIComponent(path).replace(/^\/+/, '');
      if (file.includes('..') || !existsSync(join(root, file))) return reply.callNotFound();
      // Vite puts a content hash in every asset name under assets/: cache those for a year.
      const isHashed = file.startsWith('assets/');
      return reply.sendFile(file, root, { maxAge: isHashed ? '1y' : 0, immutable: isHashed });
    }
    return sendIndex(reply);
  });
}

export default fp(web, { name: 'web' });
