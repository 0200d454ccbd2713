import type { FastifyInstance } from 'fastify';

// Placeholder registered in modules/index.ts; the module's routes land here.
export async function beleidsterreinRoutes(_fastify: FastifyInstance) {}
