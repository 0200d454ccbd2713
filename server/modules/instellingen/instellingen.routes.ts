import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { instellingenSchema } from '../../../common/api/instellingen.js';
import { API_BASE } from '../../version.js';
import { getInstellingen } from './instellingen.service.js';

export async function instellingenRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(`${API_BASE}/instellingen`, {
    config: { access: 'public' },
    schema: { tags: ['Instellingen'], summary: 'Instellingen die de web-app voor het inloggen nodig heeft', response: { 200: instellingenSchema } },
  }, async () => getInstellingen(fastify.deps.database.db, fastify.deps.config));
}
