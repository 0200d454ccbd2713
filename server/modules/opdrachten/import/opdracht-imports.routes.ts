import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../../common/api/common.js';
import {
  createOpdrachtImportQuery,
  IMPORT_MEDIATYPES,
  idempotentieHeaders,
  opdrachtImportSchema,
  opdrachtImportUitvoeringSchema,
} from '../../../../common/api/opdracht-import.js';
import { ctxOf } from '../../../lib/http.js';
import { API_BASE } from '../../../version.js';
import * as service from './opdracht-imports.service.js';

const tags = ['Opdrachten'];
const base = `${API_BASE}/opdracht-imports`;
/** A list of 100 000 opdrachten is about 7 MB as xlsx and 17 MB as CSV. */
const MAX_BESTAND = 64 * 1024 * 1024;

/**
 * The file is the request body itself (not multipart): `curl --data-binary @lijst.xlsx` and a
 * browser's `fetch(url, { body: file })` both send it as is, and the settings travel in the query.
 */
export async function opdrachtImportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser([...IMPORT_MEDIATYPES], { parseAs: 'buffer', bodyLimit: MAX_BESTAND }, (_request, body, done) => done(null, body));

  app.post(base, {
    config: { access: 'authenticated' },
    bodyLimit: MAX_BESTAND,
    schema: {
      tags,
      summary: 'Lijst met opdrachten voorbereiden voor import (voorvertoning)',
      description:
        'Stuur het xlsx- of CSV-bestand als inhoud. Antwoord: de herkende kolommen, per rij de problemen en wat de import zou doen ' +
        '(nieuw, bijwerken op kenmerk van de zijde, ongewijzigd, ongeldig). Er wordt nog niets vastgelegd; voer de import uit met ' +
        'POST /opdracht-imports/{id}/uitvoeringen. Zie docs/import.md.',
      consumes: [...IMPORT_MEDIATYPES],
      querystring: createOpdrachtImportQuery,
      body: z.any().meta({ type: 'string', format: 'binary', description: 'Het bestand (xlsx of CSV)' }),
      response: { 201: opdrachtImportSchema },
    },
  }, async (request, reply) => {
    const result = await service.createOpdrachtImport(ctxOf(request), request.body, request.query);
    return reply.code(201).header('Location', result._links.self.href).send(result);
  });

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Een voorbereide of uitgevoerde import van uzelf', params: idParams, response: { 200: opdrachtImportSchema } },
  }, async (request) => service.getOpdrachtImport(ctxOf(request), request.params.id));

  app.post(`${base}/:id/uitvoeringen`, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Een voorbereide import uitvoeren (alles of niets)',
      description:
        'Met een Idempotency-Key: dezelfde sleutel geeft het eerste antwoord opnieuw (header Idempotency-Replayed: true). ' +
        'Bij één ongeldige rij wordt niets vastgelegd en somt het antwoord de problemen op.',
      params: idParams,
      headers: idempotentieHeaders,
      response: { 201: opdrachtImportUitvoeringSchema },
    },
  }, async (request, reply) => {
    const antwoord = await service.createImportUitvoering(ctxOf(request), request.params.id, request.headers['idempotency-key']);
    if (antwoord.isHerhaald) reply.header('Idempotency-Replayed', 'true');
    return reply.code(antwoord.status as 201).send(antwoord.body);
  });
}
