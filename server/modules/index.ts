import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/audit.routes.js';
import { instellingenRoutes } from './instellingen/instellingen.routes.js';
import { organisatieRoutes } from './organisaties/organisaties.routes.js';
import { sessieRoutes } from './sessies/sessies.routes.js';

/** Every module's routes; a module is one line here. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(instellingenRoutes);
  await app.register(sessieRoutes);
  await app.register(organisatieRoutes);
  await app.register(auditRoutes);
}
