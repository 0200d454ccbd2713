import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPageSchema, listAuditQuery } from '../../../common/api/audit.js';
import { ctxOf } from '../../lib/http.js';
import { toPage } from '../../lib/paging.js';
import { API_BASE } from '../../version.js';
import { presentAuditGebeurtenis } from './audit.presenter.js';
import * as service from './audit.service.js';

const base = `${API_BASE}/audit`;

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(base, {
    config: { access: 'authenticated' },
    schema: {
      tags: ['Audit'],
      summary: 'De geschiedenis van één object',
      description: 'Wie wijzigde wat en wanneer, met de gegevens ervoor en erna; alleen voor wie het object mag zien.',
      querystring: listAuditQuery,
      response: { 200: auditPageSchema },
    },
  }, async (request) => {
    const { items, total } = await service.listAuditForEntity(ctxOf(request), request.query.entiteit, request.query.id, request.query);
    return toPage(items.map(presentAuditGebeurtenis), total, request.query, base, request.query);
  });
}
