// A second process that holds an embedded database folder, as a running server would:
// `node --import tsx tests/setup/hold-data-dir.ts <dir>` prints "klaar" once it holds it.
import { openDatabase } from '../../server/db/client.js';

const database = await openDatabase({ dataDir: process.argv[2] });
process.stdout.write('klaar\n');
const keepAlive = setInterval(() => {}, 60_000);
process.once('SIGTERM', () => {
  clearInterval(keepAlive);
  void database.close().then(() => process.exit(0));
});
