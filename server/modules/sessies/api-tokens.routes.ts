import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiTokenAangemaaktSchema,
  apiTokenPageSchema,
  apiTokenSchema,
  createApiTokenSchema,
  listApiTokensQuery,
} from '../../../common/api/api-tokens.js';
import { idParams } from '../../../common/api/common.js';
import { ctxOf } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './api-tokens.service.js';

const tags = ['API-tokens'];
const base = `${API_BASE}/api-tokens`;

export async function apiTokenRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, {
    config: { access: 'beheerder' },
    schema: {
      tags,
      summary: 'API-tokens bekijken',
      description: 'Toont per token het begin (prefix), nooit het token zelf.',
      querystring: listApiTokensQuery,
      response: { 200: apiTokenPageSchema },
    },
  }, async (request) => service.listApiTokens(ctxOf(request), request.query, base));

  app.get(`${base}/:id`, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Eén API-token', params: idParams, response: { 200: apiTokenSchema } },
  }, async (request) => service.getApiToken(ctxOf(request), request.params.id));

  app.post(base, {
    config: { access: 'beheerder' },
    schema: {
      tags,
      summary: 'API-token aanmaken voor een organisatie',
      description:
        'Het antwoord bevat het token één keer; Driehoek bewaart alleen een hash. ' +
        'Een systeem stuurt het mee als `Authorization: Bearer <token>` en handelt dan namens de organisatie.',
      body: createApiTokenSchema,
      response: { 201: apiTokenAangemaaktSchema },
    },
  }, async (request, reply) => {
    const created = await service.createApiToken(ctxOf(request), request.body);
    return reply.code(201).header('Location', `${base}/${created.id}`).header('Cache-Control', 'no-store').send(created);
  });

  // Tokens carry no version: nothing in them can be edited and revoking is one-way and
  // idempotent, so there is no lost update for If-Match to prevent.
  app.delete(`${base}/:id`, {
    config: { access: 'beheerder', ifMatch: false },
    schema: { tags, summary: 'API-token intrekken', description: 'Daarna wordt het token met 401 geweigerd. Nogmaals intrekken verandert niets.', params: idParams },
  }, async (request, reply) => {
    await service.revokeApiToken(ctxOf(request), request.params.id);
    return reply.code(204).send();
  });
}
