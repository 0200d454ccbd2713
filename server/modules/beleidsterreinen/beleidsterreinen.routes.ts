import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  beleidsterreinBoomSchema,
  beleidsterreinPageSchema,
  beleidsterreinSchema,
  createBeleidsterreinSchema,
  createToewijzingSchema,
  listBeleidsterreinenQuery,
  updateBeleidsterreinSchema,
} from '../../../common/api/beleidsterreinen.js';
import { idParams } from '../../../common/api/common.js';
import { ctxOf, expectedVersion, sendWithEtag } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './beleidsterreinen.service.js';

const tags = ['Beleidsterreinen'];
const base = `${API_BASE}/beleidsterreinen`;
const verantwoordelijkeRecht =
  'Voor de beheerder, en voor de eigenaar en de coördinerend opdrachtgever van een driehoek waarvan de uitvoeringsorganisatie dit beleidsterrein uitvoert.';

export async function beleidsterreinRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Beleidsterreinen zoeken en bladeren',
      description:
        '`q` zoekt in naam en omschrijving. `isWees=true` geeft de terreinen zonder beleidsverantwoordelijke; ' +
        '`verantwoordelijkeInactief=true` die waarvan de beleidsverantwoordelijke organisatie vandaag niet meer actief is ' +
        '(`false`: die met een actieve; wezen vallen bij beide waarden weg).',
      querystring: listBeleidsterreinenQuery,
      response: { 200: beleidsterreinPageSchema },
    },
  }, async (request) => service.listBeleidsterreinen(ctxOf(request), request.query, base));

  app.get(`${base}/boom`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'De hele boom van beleidsterreinen', response: { 200: beleidsterreinBoomSchema } },
  }, async (request) => service.getBeleidsterreinBoom(ctxOf(request)));

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén beleidsterrein', params: idParams, response: { 200: beleidsterreinSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.getBeleidsterrein(ctxOf(request), request.params.id)));

  app.post(base, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Beleidsterrein toevoegen', body: createBeleidsterreinSchema, response: { 201: beleidsterreinSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.createBeleidsterrein(ctxOf(request), request.body), 201));

  app.patch(`${base}/:id`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Beleidsterrein wijzigen',
      description:
        'Alles voor de beheerder. De eigenaar en de coördinerend opdrachtgever van een driehoek waarvan de uitvoeringsorganisatie ' +
        'dit beleidsterrein uitvoert, wijzigen alleen `beleidsverantwoordelijkeId`. `uitvoerderIds` vervangt de hele lijst.',
      params: idParams,
      body: updateBeleidsterreinSchema,
      response: { 200: beleidsterreinSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.updateBeleidsterrein(ctxOf(request), request.params.id, expectedVersion(request), request.body)));

  app.delete(`${base}/:id`, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Beleidsterrein verwijderen', params: idParams },
  }, async (request, reply) => {
    await service.deleteBeleidsterrein(ctxOf(request), request.params.id, expectedVersion(request));
    return reply.code(204).send();
  });

  app.post(`${base}/:id/toewijzingen`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Beleidsterrein toewijzen aan een beleidsverantwoordelijke (of wees maken met null)',
      description: `${verantwoordelijkeRecht} Vraagt If-Match, zoals elke wijziging.`,
      params: idParams,
      body: createToewijzingSchema,
      response: { 201: beleidsterreinSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.assignBeleidsterrein(ctxOf(request), request.params.id, expectedVersion(request), request.body), 201));
}
