import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { systemClock } from './context.js';
import { type Database, openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { startJobs } from './jobs/index.js';
import { loggerOptions } from './logging.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, builds the app and listens; `stop` shuts down gracefully. */
export async function startServer(
  config: Config,
  hooks: { afterMigrate?: (database: Database) => Promise<void> } = {},
): Promise<RunningServer> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database.db);
    await hooks.afterMigrate?.(database);
    const app = await buildApp({
      database,
      config,
      clock: systemClock,
      serveWeb: true,
      logger: loggerOptions(config.logLevel),
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const jobs = startJobs({ db: database.db, config, clock: systemClock, log: app.log });
    let isStopping = false;
    return {
      app,
      database,
      url: address,
      async stop() {
        if (isStopping) return;
        isStopping = true;
        jobs.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
