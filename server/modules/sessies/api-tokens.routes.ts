import type { FastifyInstance } from 'fastify';

// Placeholder registered in modules/index.ts; the API-token routes land here.
export async function apiTokenRoutes(_fastify: FastifyInstance) {}
