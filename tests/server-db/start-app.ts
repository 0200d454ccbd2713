// One real app process for multi-process tests: `node --import tsx tests/server-db/start-app.ts`
// with DATABASE_URL and PORT (0 = any free port) set; prints "LUISTERT <url>" once it listens.
import { loadConfig, processEnv } from '../../server/config.js';
import { startServer } from '../../server/server.js';

const server = await startServer(loadConfig(processEnv()));
process.stdout.write(`LUISTERT ${server.url}\n`);
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
