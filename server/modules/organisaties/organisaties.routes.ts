import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/api/common.js';
import {
  createOrganisatieSchema,
  listOrganisatiesQuery,
  organisatieBoomSchema,
  organisatiePageSchema,
  organisatieSchema,
  updateOrganisatieSchema,
} from '../../../common/api/organisaties.js';
import { ctxOf, expectedVersion, sendWithEtag } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './organisaties.service.js';

const tags = ['Organisaties'];
const base = `${API_BASE}/organisaties`;

export async function organisatieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Organisaties zoeken en bladeren', querystring: listOrganisatiesQuery, response: { 200: organisatiePageSchema } },
  }, async (request) => service.listOrganisaties(ctxOf(request), request.query, base));

  app.get(`${base}/boom`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'De hele organisatieboom', response: { 200: organisatieBoomSchema } },
  }, async (request) => service.getOrganisatieBoom(ctxOf(request)));

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén organisatie', params: idParams, response: { 200: organisatieSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.getOrganisatie(ctxOf(request), request.params.id)));

  app.post(base, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Organisatie toevoegen', body: createOrganisatieSchema, response: { 201: organisatieSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.createOrganisatie(ctxOf(request), request.body), 201));

  app.patch(`${base}/:id`, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Organisatie wijzigen', params: idParams, body: updateOrganisatieSchema, response: { 200: organisatieSchema } },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.updateOrganisatie(ctxOf(request), request.params.id, expectedVersion(request), request.body)));

  app.delete(`${base}/:id`, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Organisatie verwijderen', params: idParams },
  }, async (request, reply) => {
    await service.deleteOrganisatie(ctxOf(request), request.params.id, expectedVersion(request));
    return reply.code(204).send();
  });
}
