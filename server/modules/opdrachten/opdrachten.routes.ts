import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/api/common.js';
import {
  createOpdrachtSchema,
  createStatuswijzigingSchema,
  listOpdrachtenQuery,
  opdrachtDetailSchema,
  opdrachtPageSchema,
  updateOpdrachtSchema,
} from '../../../common/api/opdrachten.js';
import { ctxOf, expectedVersion, sendWithEtag } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './opdrachten.service.js';
import { portfolioRoutes } from './portfolio.routes.js';
import { voortgangRoutes } from './voortgang.routes.js';

const tags = ['Opdrachten'];
const base = `${API_BASE}/opdrachten`;

/** The opdrachten register, its voortgangsmeldingen and the portfolio views. */
export async function opdrachtRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Opdrachten zoeken en bladeren',
      description:
        'Alleen opdrachten uit driehoeken waarin u een rol heeft (of alles voor de beheerder). `q` zoekt in titel en beide kenmerken; ' +
        '`jaar` geeft opdrachten met budget of fte in dat jaar of een looptijd die dat jaar raakt.',
      querystring: listOpdrachtenQuery,
      response: { 200: opdrachtPageSchema },
    },
  }, async (request) => service.listOpdrachten(ctxOf(request), request.query, base));

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén opdracht, met jaren, statusgeschiedenis en laatste voortgangsmelding', params: idParams, response: { 200: opdrachtDetailSchema } },
  }, async (request, reply) => sendWithEtag(reply, await service.getOpdracht(ctxOf(request), request.params.id)));

  app.post(base, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Opdracht vastleggen',
      description: 'Door een opdrachtgever, coördinerend opdrachtgever of adviseur in de driehoek van de uitvoeringsorganisatie, voor de eigen organisatie of een daaronder; of door de beheerder.',
      body: createOpdrachtSchema,
      response: { 201: opdrachtDetailSchema },
    },
  }, async (request, reply) => sendWithEtag(reply, await service.createOpdracht(ctxOf(request), request.body), 201));

  app.patch(`${base}/:id`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Opdracht wijzigen',
      description: 'Alle velden voor de opdrachtgeverskant; de uitvoeringsorganisatie wijzigt alleen `kenmerkUitvoerder`. `jaren` vervangt alle jaren. De status wijzigt via statuswijzigingen.',
      params: idParams,
      body: updateOpdrachtSchema,
      response: { 200: opdrachtDetailSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.updateOpdracht(ctxOf(request), request.params.id, expectedVersion(request), request.body)));

  app.delete(`${base}/:id`, {
    config: { access: 'persoon' },
    schema: { tags, summary: 'Opdracht verwijderen (alleen een concept)', params: idParams },
  }, async (request, reply) => {
    await service.deleteOpdracht(ctxOf(request), request.params.id, expectedVersion(request));
    return reply.code(204).send();
  });

  app.post(`${base}/:id/statuswijzigingen`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Status van een opdracht wijzigen',
      description:
        'Vraagt If-Match. Toegestaan: concept → afgesproken → in-uitvoering → afgerond, en concept, afgesproken of in-uitvoering → ingetrokken ' +
        '(409 `overgang-niet-toegestaan` voor al het andere). Van afgesproken naar in-uitvoering mag ook de uitvoeringsorganisatie.',
      params: idParams,
      body: createStatuswijzigingSchema,
      response: { 201: opdrachtDetailSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await service.createStatuswijziging(ctxOf(request), request.params.id, expectedVersion(request), request.body), 201));

  await app.register(voortgangRoutes);
  await app.register(portfolioRoutes);
}
