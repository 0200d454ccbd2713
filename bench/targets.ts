import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type DbKind = 'embedded' | 'server';

/** A fresh, empty database for one step of the bench, and how to hand it to a process. */
export interface Target {
  kind: DbKind;
  label: string;
  /** Environment for the app process. */
  appEnv: Record<string, string>;
  /** Environment for the floor process. */
  floorEnv: Record<string, string>;
  url?: string;
  dataDir?: string;
  drop(): Promise<void>;
}

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server to create bench databases on: DATABASE_URL, or the local default when it answers. */
export async function findServer(): Promise<string | null> {
  const url = process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    throw new Error(`De benchmark draait alleen tegen 127.0.0.1, niet tegen ${host}.`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return url;
  } catch (error) {
    if (process.env.DATABASE_URL) throw error;
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A new empty database: a temp PGlite folder, or `driehoek_bench_<ts>_<n>` on the server. */
export async function createTarget(kind: DbKind, serverUrl: string | null): Promise<Target> {
  if (kind === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-bench-'));
    return {
      kind,
      label: 'embedded (PGlite)',
      dataDir,
      appEnv: { DATA_DIR: dataDir },
      floorEnv: { FLOOR_DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!serverUrl) throw new Error('Geen PostgreSQL-server bereikbaar.');
  const name = `driehoek_bench_${Date.now()}_${++counter}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    label: 'PostgreSQL server',
    url: url.toString(),
    appEnv: { DATABASE_URL: url.toString() },
    floorEnv: { FLOOR_DATABASE_URL: url.toString() },
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** The server's version line, for the report. */
export async function serverVersion(serverUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${result.rows[0]?.server_version ?? '?'}`;
  } finally {
    await client.end();
  }
}
