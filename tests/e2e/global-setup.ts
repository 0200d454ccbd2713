import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// DRIEHOEK_E2E_ROOT points at another built copy (package.json + dist/) when dist/ of this
// work tree is being rebuilt by something else while the tests run.
const root = process.env.DRIEHOEK_E2E_ROOT ?? new URL('../..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('geen poort'))));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`De server stopte (code ${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/api/v1/instellingen`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`De server werd niet binnen 90 s klaar:\n${log()}`);
}

/** Starts the built server (CI runs `npm run build` first; nothing is built here) and stops it after. */
export default async function setup(project: TestProject) {
  for (const built of ['dist/server/main.js', 'dist/web/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} ontbreekt: draai eerst npm run build`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-e2e-'));
  let output = '';
  // The embedded database in a fresh folder: the first start loads the demo data.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  delete env.OIDC_ISSUER;
  const server = spawn(process.execPath, [join(root, 'dist/server/main.js'), 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, server, () => output);
  project.provide('baseUrl', baseUrl);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      if (server.exitCode !== null) return resolve(undefined);
      const timer = setTimeout(() => { server.kill('SIGKILL'); resolve(undefined); }, 10_000);
      server.on('exit', () => { clearTimeout(timer); resolve(undefined); });
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
