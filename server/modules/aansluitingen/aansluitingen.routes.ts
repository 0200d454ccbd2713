import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  aansluitingHeaders,
  aansluitingPageSchema,
  aansluitingSchema,
  beslissingSchema,
  createAansluitingSchema,
  createBeslissingSchema,
  listAansluitingenQuery,
  XLSX_MEDIATYPE,
} from '../../../common/api/aansluitingen.js';
import { idParams } from '../../../common/api/common.js';
import { AppError } from '../../errors.js';
import { ctxOf } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './aansluitingen.service.js';

const tags = ['Aansluitingen'];
const base = `${API_BASE}/aansluitingen`;
/** Two lists of 100 000 opdrachten as xlsx, base64-encoded, fit with room to spare. */
const MAX_VERZOEK = 64 * 1024 * 1024;

export async function aansluitingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(base, {
    config: { access: 'authenticated' },
    bodyLimit: MAX_VERZOEK,
    schema: {
      tags,
      summary: 'Twee lijsten opdrachten op elkaar aansluiten',
      description:
        'Vergelijkt twee bronnen van één driehoek: het register, of een lijst (xlsx of CSV, base64) van de opdrachtgever of de uitvoerder. ' +
        'Eerdere beslissingen over hetzelfde paar bronnen in deze driehoek gelden meteen. Met een Idempotency-Key: dezelfde sleutel ' +
        'geeft dezelfde aansluiting (header Idempotency-Replayed: true). Bedragen in eurocent. Zie docs/aansluiting.md.',
      headers: aansluitingHeaders,
      body: createAansluitingSchema,
      response: { 201: aansluitingSchema },
    },
  }, async (request, reply) => {
    const { aansluiting, isHerhaald } = await service.createAansluiting(ctxOf(request), request.body, request.headers['idempotency-key']);
    if (isHerhaald) reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).header('Location', `${base}/${aansluiting.id}`).send(aansluiting);
  });

  app.get(base, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Aansluitingen (samenvattingen)', querystring: listAansluitingenQuery, response: { 200: aansluitingPageSchema } },
  }, async (request) => service.listAansluitingen(ctxOf(request), request.query, base));

  app.get(`${base}/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Eén aansluiting met rijen, koppelingen en verschillen', params: idParams, response: { 200: aansluitingSchema } },
  }, async (request) => service.getAansluiting(ctxOf(request), request.params.id));

  app.post(`${base}/:id/beslissingen`, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Een koppeling bevestigen, afwijzen of met de hand maken',
      description: 'De beslissing geldt meteen in deze aansluiting en in de volgende aansluiting van dezelfde soorten bronnen in deze driehoek.',
      params: idParams,
      body: createBeslissingSchema,
      response: { 201: beslissingSchema },
    },
  }, async (request, reply) => reply.code(201).send(await service.createBeslissing(ctxOf(request), request.params.id, request.body)));

  app.get(`${base}/:id/export`, {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'De aansluiting als Excel-werkmap (gekoppeld, alleen links, alleen rechts)',
      params: idParams,
      produces: [XLSX_MEDIATYPE],
      response: { 200: z.any().meta({ type: 'string', format: 'binary', description: 'xlsx met drie werkbladen' }) },
    },
  }, async (request, reply) => {
    if (!accepteertXlsx(request.headers.accept)) {
      throw new AppError('niet-acceptabel', `Deze export is er alleen als ${XLSX_MEDIATYPE}.`);
    }
    const { bestandsnaam, inhoud } = await service.exportAansluiting(ctxOf(request), request.params.id);
    return reply
      .type(XLSX_MEDIATYPE)
      .header('Content-Disposition', `attachment; filename="${bestandsnaam}"`)
      .send(inhoud);
  });
}

function accepteertXlsx(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((deel) => {
    const type = deel.split(';')[0]!.trim().toLowerCase();
    return type === XLSX_MEDIATYPE || type === '*/*' || type === 'application/*';
  });
}
