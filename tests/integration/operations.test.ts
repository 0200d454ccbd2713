import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/client.js';
import { loggerOptions } from '../../server/logging.js';
import { startServer } from '../../server/server.js';
import { buildPersoonMetRol, TEST_WACHTWOORD } from '../factories/index.js';
import { createTestDatabase, type TestDatabase } from '../setup/database.js';

describe('logging', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('writes JSON lines with request ids and never the password, the session secret or a query string', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({ database, config: loadConfig({}), logger: loggerOptions('info', stream) });
    try {
      const { persoon } = await buildPersoonMetRol(database.db, 'lezer');
      const login = await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: persoon.email, wachtwoord: TEST_WACHTWOORD } });
      const secret = login.cookies[0]!.value;
      await app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: { cookie: `driehoek-sessie=${secret}` } });
      await app.inject({ method: 'GET', url: '/api/v1/organisaties?q=Jansen-BSN-123', headers: { cookie: `driehoek-sessie=${secret}` } });
      const all = lines.join('');
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty('time');
      expect(all).toContain('"reqId"');
      expect(all).not.toContain(TEST_WACHTWOORD);
      expect(all).not.toContain(secret);
      expect(all).not.toContain('Jansen-BSN-123');
    } finally {
      await app.close();
    }
  });
});

describe('embedded database lifecycle', () => {
  it('starts on an empty data folder, stops gracefully and releases the folder for the next process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-ops-'));
    try {
      const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
      const server = await startServer(config);
      const response = await fetch(`${server.url}/health/ready`);
      expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
      await server.stop();
      await expect(fetch(`${server.url}/health/live`)).rejects.toThrow();
      // The data folder is free again: a CLI command (or a second start) may open it.
      const again = await openDatabase({ dataDir });
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
