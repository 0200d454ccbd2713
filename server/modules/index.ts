import type { FastifyInstance } from 'fastify';
import { aansluitingRoutes } from './aansluitingen/aansluitingen.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { beleidsterreinRoutes } from './beleidsterreinen/beleidsterreinen.routes.js';
import { driehoekRoutes } from './driehoeken/driehoeken.routes.js';
import { instellingenRoutes } from './instellingen/instellingen.routes.js';
import { opdrachtImportRoutes } from './opdrachten/import/opdracht-imports.routes.js';
import { opdrachtRoutes } from './opdrachten/opdrachten.routes.js';
import { organisatieRoutes } from './organisaties/organisaties.routes.js';
import { persoonRoutes } from './personen/personen.routes.js';
import { apiTokenRoutes } from './sessies/api-tokens.routes.js';
import { oidcRoutes } from './sessies/oidc.routes.js';
import { sessieRoutes } from './sessies/sessies.routes.js';

/** Every module's routes; a module is one line here. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(instellingenRoutes);
  await app.register(sessieRoutes);
  await app.register(oidcRoutes);
  await app.register(apiTokenRoutes);
  await app.register(organisatieRoutes);
  await app.register(persoonRoutes);
  await app.register(driehoekRoutes);
  await app.register(beleidsterreinRoutes);
  await app.register(opdrachtRoutes);
  await app.register(auditRoutes);
  await app.register(opdrachtImportRoutes);
  await app.register(aansluitingRoutes);
}
