import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/api/common.js';
import {
  createPersoonSchema,
  createRolSchema,
  listPersonenQuery,
  listRollenQuery,
  listRollenVanPersoonQuery,
  persoonPageSchema,
  persoonSchema,
  rolMutatieSchema,
  rolPageSchema,
  rolSchema,
  updatePersoonSchema,
  updateRolSchema,
} from '../../../common/api/personen.js';
import { ctxOf, expectedVersion, sendWithEtag } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as personen from './personen.service.js';
import * as rollen from './rollen.service.js';

const tags = ['Personen en rollen'];
const base = `${API_BASE}/personen`;
const rollenBase = `${API_BASE}/rollen`;

export async function persoonRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Personen zoeken en bladeren', querystring: listPersonenQuery, response: { 200: persoonPageSchema } },
  }, async (request) => personen.listPersonen(ctxOf(request), request.query, base));

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén persoon met de rollen die nu gelden', params: idParams, response: { 200: persoonSchema } },
  }, async (request, reply) => sendWithEtag(reply, await personen.getPersoon(ctxOf(request), request.params.id)));

  app.post(base, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Persoon toevoegen', body: createPersoonSchema, response: { 201: persoonSchema } },
  }, async (request, reply) => sendWithEtag(reply, await personen.createPersoon(ctxOf(request), request.body), 201));

  app.patch(`${base}/:id`, {
    config: { access: 'beheerder' },
    schema: {
      tags,
      summary: 'Persoon wijzigen of uitschakelen',
      description: 'Uitschakelen (isActief: false) beëindigt meteen alle sessies van de persoon.',
      params: idParams,
      body: updatePersoonSchema,
      response: { 200: persoonSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await personen.updatePersoon(ctxOf(request), request.params.id, expectedVersion(request), request.body)));

  app.get(`${base}/:id/rollen`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Alle rollen van een persoon, ook beëindigde', params: idParams, querystring: listRollenVanPersoonQuery, response: { 200: rolPageSchema } },
  }, async (request) =>
    rollen.listRollenVanPersoon(ctxOf(request), request.params.id, request.query, `${base}/${request.params.id}/rollen`));

  app.post(`${base}/:id/rollen`, {
    config: { access: 'beheerder' },
    schema: {
      tags,
      summary: 'Rol toekennen',
      description: 'De rol wordt opgeslagen; schendt zij de scheiding tussen eigenaar en opdrachtgever, dan staat dat in scheidingWaarschuwingen.',
      params: idParams,
      body: createRolSchema,
      response: { 201: rolMutatieSchema },
    },
  }, async (request, reply) => sendWithEtag(reply, await rollen.createRol(ctxOf(request), request.params.id, request.body), 201));

  app.get(rollenBase, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Rollen zoeken en bladeren', querystring: listRollenQuery, response: { 200: rolPageSchema } },
  }, async (request) => rollen.listRollen(ctxOf(request), request.query, rollenBase));

  app.get(`${rollenBase}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén rol', params: idParams, response: { 200: rolSchema } },
  }, async (request, reply) => sendWithEtag(reply, await rollen.getRol(ctxOf(request), request.params.id)));

  app.patch(`${rollenBase}/:id`, {
    config: { access: 'beheerder' },
    schema: {
      tags,
      summary: 'Looptijd van een rol wijzigen of de rol beëindigen',
      description: 'Een beëindigde rol blijft bewaard als geschiedenis.',
      params: idParams,
      body: updateRolSchema,
      response: { 200: rolMutatieSchema },
    },
  }, async (request, reply) =>
    sendWithEtag(reply, await rollen.updateRol(ctxOf(request), request.params.id, expectedVersion(request), request.body)));

  app.delete(`${rollenBase}/:id`, {
    config: { access: 'beheerder' },
    schema: { tags, summary: 'Rol verwijderen die nog niet is begonnen', params: idParams },
  }, async (request, reply) => {
    await rollen.deleteRol(ctxOf(request), request.params.id, expectedVersion(request));
    return reply.code(204).send();
  });
}
