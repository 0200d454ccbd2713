import type { Actor } from './context.js';
import type { AppDeps } from './app.js';

/** Who may call a route; every route declares one (default deny). */
export type Access = 'public' | 'authenticated' | 'persoon' | 'beheerder';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** False for a PATCH/DELETE that has no version (e.g. logging out). */
    ifMatch?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was authenticated; cookie requests need a matching Origin on mutations. */
    authVia: 'cookie' | 'bearer' | null;
    sessieId: string | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}
