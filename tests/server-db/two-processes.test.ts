import { type ChildProcess, spawn } from 'node:child_process';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditGebeurtenissen } from '../../server/db/schema/index.js';
import { verifyAuditChain } from '../../server/modules/audit/audit.service.js';
import { buildPersoonMetRol, TEST_WACHTWOORD } from '../factories/index.js';
import { createTestDatabase, type TestDatabase } from '../setup/database.js';

/** A real app process (its own Node, its own pool) on the shared database. */
interface AppProcess {
  child: ChildProcess;
  url: string;
}

function startApp(databaseUrl: string): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server-db/start-app.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LUISTERT (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`app-proces stopte met code ${code}:\n${output}`)));
  });
}

function stopApp(app: AppProcess | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    app.child.once('exit', () => resolve());
    app.child.kill('SIGTERM');
  });
}

/** A browser-like request: the session cookie and our own Origin on mutations. */
async function call(app: AppProcess, method: string, path: string, cookie?: string, body?: unknown) {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      origin: app.url,
      ...(cookie ? { cookie } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, cookies: response.headers.getSetCookie(), body: (await response.text()) || null };
}

let database: TestDatabase;
let a: AppProcess;
let b: AppProcess;
let email: string;

beforeAll(async () => {
  database = await createTestDatabase();
  email = (await buildPersoonMetRol(database.db, 'beheerder')).persoon.email;
  [a, b] = await Promise.all([startApp(database.url!), startApp(database.url!)]);
});
afterAll(async () => {
  await Promise.all([stopApp(a), stopApp(b)]);
  await database?.close();
});

async function loginOn(app: AppProcess): Promise<string> {
  const response = await call(app, 'POST', '/api/v1/sessies', undefined, { email, wachtwoord: TEST_WACHTWOORD });
  expect(response.status).toBe(201);
  return response.cookies.map((c) => c.split(';')[0]).join('; ');
}

describe('two app processes on one database', () => {
  it('keep one intact audit chain while both write at the same time', async () => {
    const [cookieA, cookieB] = [await loginOn(a), await loginOn(b)];
    const perProcess = 30;
    const writes = [a, b].flatMap((app, p) => Array.from({ length: perProcess }, (_, i) =>
      call(app, 'POST', '/api/v1/organisaties', p === 0 ? cookieA : cookieB, { naam: `Ministerie ${p === 0 ? 'A' : 'B'}-${i}`, soort: 'ministerie' })));
    const responses = await Promise.all(writes);
    expect(responses.map((r) => r.status)).toEqual(Array(2 * perProcess).fill(201));

    const result = await verifyAuditChain(database.db);
    const total = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditGebeurtenissen);
    const created = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditGebeurtenissen).where(eq(auditGebeurtenissen.entiteit, 'organisatie'));
    expect(result).toEqual({ isIntact: true, checked: total[0]!.n });
    expect(created[0]!.n).toBe(2 * perProcess);
    // Every append saw the one before it: no two events share a predecessor (no fork).
    const forks = await database.db.execute(sql`select vorige_hash from audit_gebeurtenissen group by vorige_hash having count(*) > 1`);
    expect((forks as unknown as { rows: unknown[] }).rows).toEqual([]);
  });

  it('shares sessions: a login on one process works on the other, and a logout on one ends it on both', async () => {
    const cookie = await loginOn(a);
    expect((await call(b, 'GET', '/api/v1/sessies/huidige', cookie)).status).toBe(200);
    expect((await call(a, 'DELETE', '/api/v1/sessies/huidige', cookie)).status).toBe(204);
    expect((await call(b, 'GET', '/api/v1/sessies/huidige', cookie)).status).toBe(401);
    expect((await call(a, 'GET', '/api/v1/sessies/huidige', cookie)).status).toBe(401);
  });
});
