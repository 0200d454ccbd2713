import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../server/db/client.js';
import { migrate } from '../../server/db/migrate.js';

/** The server to test against, if any; tests never read other environment variables. */
export const serverUrl = process.env.DATABASE_URL;

export interface TestDatabase extends Database {
  /** Connection URL when on a server (for extra processes), undefined for PGlite. */
  url: string | undefined;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server of DATABASE_URL that is dropped again on close.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const database = await openDatabase({});
    await migrate(database.db);
    return { ...database, url: undefined };
  }
  const name = `driehoek_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 10 });
  await migrate(database.db);
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
