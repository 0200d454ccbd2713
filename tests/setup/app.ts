import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../server/app.js';
import { type Config, loadConfig } from '../../server/config.js';
import type { Clock } from '../../server/context.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-29T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const ORIGIN = 'http://localhost:80';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  db: TestDatabase['db'];
  config: Config;
  clock: TestClock;
  close(): Promise<void>;
}

/** The real app (all plugins and modules) on a fresh database, with responses validated. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const clock = new TestClock();
  const app = await buildApp({ database, config, clock, validateResponses: true });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    config,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Logs in with e-mail and password and returns the headers a browser would send next. */
export async function login(app: FastifyInstance, email: string, wachtwoord = 'test-wachtwoord-123'): Promise<Record<string, string>> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord } });
  if (response.statusCode !== 201) throw new Error(`Inloggen als ${email} mislukt: ${response.statusCode} ${response.body}`);
  return { cookie: cookieHeader(response), origin: ORIGIN };
}

export function cookieHeader(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}
