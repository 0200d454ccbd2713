import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** /health/live, /health/ready (checks the database) and /metrics for Prometheus. */
async function operations(app: FastifyInstance) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'driehoek_http_request_duration_seconds',
    help: 'Duur van HTTP-verzoeken',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'driehoek_http_errors_total',
    help: 'Aantal antwoorden met status 5xx',
    labelNames: ['route'] as const,
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'onbekend';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) errors.inc({ route });
  });

  app.get('/health/live', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    try {
      await app.deps.database.rawQuery('select 1');
      return { status: 'ok', database: app.deps.database.kind };
    } catch (error) {
      request.log.warn({ err: error }, 'database niet bereikbaar');
      return reply.code(503).send({ status: 'niet-gereed' });
    }
  });
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

export default fp(operations, { name: 'operations' });
