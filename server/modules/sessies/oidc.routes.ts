import type { FastifyInstance } from 'fastify';

// Placeholder registered in modules/index.ts; the OIDC login routes land here.
export async function oidcRoutes(_fastify: FastifyInstance) {}
