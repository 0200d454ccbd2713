import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/api/common.js';
import {
  createBevestigingSchema,
  createVoortgangsmeldingSchema,
  voortgangOpenstaandSchema,
  voortgangsmeldingLijstSchema,
  voortgangsmeldingSchema,
} from '../../../common/api/voortgangsmeldingen.js';
import { ctxOf } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './opdrachten.service.js';

const tags = ['Voortgangsmeldingen'];

export async function voortgangRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(`${API_BASE}/opdrachten/:id/voortgangsmeldingen`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Voortgangsmeldingen van een opdracht, de nieuwste eerst', params: idParams, response: { 200: voortgangsmeldingLijstSchema } },
  }, async (request) => service.listVoortgangsmeldingen(ctxOf(request), request.params.id));

  app.post(`${API_BASE}/opdrachten/:id/voortgangsmeldingen`, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Voortgang melden over een periode',
      description: 'Door de uitvoeringsorganisatie (ook met haar API-token): één melding per periode, in de frequentie van de opdracht (2026-11, 2026-K4 of 2026-H2).',
      params: idParams,
      body: createVoortgangsmeldingSchema,
      response: { 201: voortgangsmeldingSchema },
    },
  }, async (request, reply) => reply.code(201).send(await service.createVoortgangsmelding(ctxOf(request), request.params.id, request.body)));

  app.post(`${API_BASE}/voortgangsmeldingen/:id/bevestigingen`, {
    config: { access: 'persoon' },
    schema: {
      tags,
      summary: 'Voortgangsmelding bevestigen',
      description: 'Door de opdrachtgeverskant van de opdracht, één keer (409 `al-bevestigd` daarna).',
      params: idParams,
      body: createBevestigingSchema,
      response: { 201: voortgangsmeldingSchema },
    },
  }, async (request, reply) => reply.code(201).send(await service.createBevestiging(ctxOf(request), request.params.id, request.body)));

  app.get(`${API_BASE}/voortgangsmeldingen/openstaand`, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Wat voor mij openstaat: achterstallige en onbevestigde voortgangsmeldingen',
      description: 'Achterstallig: opdrachten in uitvoering van uw uitvoeringsorganisatie zonder melding over de laatst afgesloten periode. Onbevestigd: meldingen bij opdrachten van uw organisatie als opdrachtgever.',
      response: { 200: voortgangOpenstaandSchema },
    },
  }, async (request) => service.getVoortgangOpenstaand(ctxOf(request)));
}
