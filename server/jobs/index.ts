import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Clock } from '../context.js';
import type { Db } from '../db/client.js';
import { purgeVerlopenImports } from '../modules/opdrachten/import/opdracht-imports.service.js';
import { purgeVerlopenOidcAanmeldingen } from '../modules/sessies/oidc.service.js';
import { purgeVerlopenSessies } from '../modules/sessies/sessies.service.js';

export interface JobDeps {
  db: Db;
  config: Config;
  clock: Clock;
  log: FastifyBaseLogger;
}

interface Job {
  name: string;
  everyMs: number;
  run(deps: JobDeps): Promise<unknown>;
}

/**
 * Scheduled work as idempotent sweeps in SQL: safe when several app processes run the same
 * job at once, and nothing is lost on restart because the state lives in the database.
 */
const jobs: Job[] = [
  { name: 'sessies-opruimen', everyMs: 10 * 60_000, run: (deps) => purgeVerlopenSessies(deps) },
  { name: 'oidc-aanmeldingen-opruimen', everyMs: 10 * 60_000, run: (deps) => purgeVerlopenOidcAanmeldingen(deps) },
  { name: 'opdracht-imports-opruimen', everyMs: 30 * 60_000, run: (deps) => purgeVerlopenImports(deps) },
];

export function startJobs(deps: JobDeps): { stop(): void } {
  const timers = jobs.map((job) => {
    const tick = async () => {
      try {
        const result = await job.run(deps);
        deps.log.debug({ job: job.name, result }, 'taak uitgevoerd');
      } catch (error) {
        deps.log.error({ err: error, job: job.name }, 'taak mislukt');
      }
    };
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    return timer;
  });
  return { stop: () => timers.forEach(clearInterval) };
}
