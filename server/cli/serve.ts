import { startServer } from '../server.js';
import { type Command, parseCommandArgs } from './commands.js';
import { loadDemoOnFirstStart } from './seed.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start de server (API en web-app)',
  usage:
    'Gebruik: driehoek serve\n\nStart de server op HOST:PORT (standaard 127.0.0.1:3000). Zonder DATABASE_URL gebruikt\n' +
    'Driehoek de ingebouwde database in DATA_DIR (standaard ./data) en laadt bij de eerste start de voorbeeldgegevens.',
  async run(args, ctx) {
    if (!parseCommandArgs(this, args, {}, ctx.io)) return 0;
    const started = Date.now();
    const server = await startServer(ctx.config, {
      afterMigrate: async (database) => {
        // Demo accounts only ever appear on an empty embedded database, never silently on a server.
        if (database.kind === 'pglite') await loadDemoOnFirstStart(database, ctx.io);
      },
    });
    ctx.io.out(`Driehoek draait op ${server.url.replace('127.0.0.1', 'localhost')} (klaar in ${Date.now() - started} ms, database: ${server.database.kind === 'pglite' ? `ingebouwd in ${ctx.config.dataDir}` : 'PostgreSQL-server'})`);
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        ctx.io.out(`${signal} ontvangen, Driehoek stopt…`);
        server.stop().then(resolve, (error: unknown) => {
          ctx.io.err(`Fout bij stoppen: ${String(error)}`);
          resolve();
        });
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
    return 0;
  },
};
