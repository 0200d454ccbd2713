import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/api/common.js';
import {
  createDriehoekSchema,
  createScheidingsuitzonderingSchema,
  driehoekPageSchema,
  driehoekSchema,
  listDriehoekenQuery,
  updateDriehoekSchema,
} from '../../../common/api/driehoeken.js';
import { ctxOf, expectedVersion, sendWithEtag } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './driehoeken.service.js';

const tags = ['Driehoeken'];
const base = `${API_BASE}/driehoeken`;

export async function driehoekRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Driehoeken zoeken en bladeren',
      description: 'Zoek op naam of afkorting van de uitvoeringsorganisatie. `mijn=true` geeft de driehoeken waarin u een rol heeft.',
      querystring: listDriehoekenQuery,
      response: { 200: driehoekPageSchema },
    },
  }, async (request) => service.listDriehoeken(ctxOf(request), request.query, base));

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén driehoek met hoeken, mensen en scheidingscontrole', params: idParams, response: { 200: driehoekSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.getDriehoek(ctxOf(request), request.params.id)));

  app.post(base, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Driehoek aanmaken', body: createDriehoekSchema, response: { 201: driehoekSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.createDriehoek(ctxOf(request), request.body), 201));

  app.patch(`${base}/:id`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Driehoek wijzigen',
      description: 'Voor de beheerder, en voor de eigenaar en de coördinerend opdrachtgever van deze driehoek. `opdrachtgevers` vervangt de hele lijst.',
      params: idParams,
      body: updateDriehoekSchema,
      response: { 200: driehoekSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.updateDriehoek(ctxOf(request), request.params.id, expectedVersion(request), request.body)));

  app.delete(`${base}/:id`, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Driehoek verwijderen', params: idParams },
  }, async (request, reply) => {
    await service.deleteDriehoek(ctxOf(request), request.params.id, expectedVersion(request));
    return reply.code(204).send();
  });

  app.post(`${base}/:id/scheidingsuitzonderingen`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Uitzondering op de scheiding van eigenaar en opdrachtgever vastleggen',
      params: idParams,
      body: createScheidingsuitzonderingSchema,
      response: { 201: driehoekSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.recordScheidingsuitzondering(ctxOf(request), request.params.id, request.body), 201));

  app.delete(`${base}/:id/scheidingsuitzondering`, {
    config: { access: 'persoon' },
    schema: { tags, summary: 'Uitzondering op de scheiding intrekken', params: idParams, response: { 200: driehoekSchema } },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.removeScheidingsuitzondering(ctxOf(request), request.params.id, expectedVersion(request))));
}
