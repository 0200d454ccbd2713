import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const children = new Set<ChildProcess>();

/** A free TCP port on 127.0.0.1 (never 3000: others run their servers there). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('geen vrije poort gevonden');
  return address.port;
}

export interface Child {
  process: ChildProcess;
  port: number;
  /** What the child wrote, for the error message when it does not come up. */
  output(): string;
  /** True when `npm start` had to build first (someone changed a source file meanwhile). */
  hasBuilt(): boolean;
  stop(): Promise<void>;
}

/**
 * Spawns a server process with a minimal, explicit environment (nothing of the caller's
 * DATABASE_URL or DATA_DIR leaks in), bound to 127.0.0.1 on a free port.
 */
export function spawnServer(command: string, args: string[], env: Record<string, string>, port: number): Child {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping `npm start` also stops the node process npm started.
    detached: true,
  });
  children.add(child);
  let output = '';
  let hasBuilt = false;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
    if (output.includes('Bouwen:')) hasBuilt = true;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => children.delete(child));
  return {
    process: child,
    port,
    output: () => output,
    hasBuilt: () => hasBuilt,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 15_000);
      await exited;
      // npm may exit before the server it started has closed its database: wait for the group.
      while (isGroupAlive(child)) await new Promise((resolve) => setTimeout(resolve, 50));
      clearTimeout(timer);
    },
  };
}

/** Polls `/health/ready` until it answers 200; returns the milliseconds since `since`. */
export async function waitUntilReady(child: Child, since: number, timeoutMs = 180_000): Promise<number> {
  const url = `http://127.0.0.1:${child.port}/health/ready`;
  while (performance.now() - since < timeoutMs) {
    if (child.process.exitCode !== null) {
      throw new Error(`Het proces stopte (code ${child.process.exitCode}) voordat het gereed was:\n${child.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Niet gereed binnen ${timeoutMs / 1000} s:\n${child.output()}`);
}

/**
 * Waits until the server answers `/health/ready` within a second again. After a load run a
 * slow endpoint leaves a queue behind (PGlite runs one query at a time); the next measurement
 * must not start in it.
 */
export async function waitUntilDrained(port: number, timeoutMs = 300_000): Promise<void> {
  const since = performance.now();
  while (performance.now() - since < timeoutMs) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return;
    } catch {
      // still busy
    }
  }
  throw new Error(`Server op poort ${port} kwam niet tot rust binnen ${timeoutMs / 1000} s`);
}

/** Starts the app as in production (`npm start`, or its last step directly) and waits until it is ready. */
export async function startApp(env: Record<string, string>, via: 'node' | 'npm' = 'node'): Promise<{ child: Child; readyMs: number }> {
  const port = await freePort();
  const since = performance.now();
  const child = via === 'npm'
    ? spawnServer('npm', ['start', '--silent'], env, port)
    : spawnServer(process.execPath, ['dist/server/main.js', 'serve'], env, port);
  try {
    return { child, readyMs: await waitUntilReady(child, since) };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

function isGroupAlive(child: ChildProcess): boolean {
  try {
    if (child.pid) process.kill(-child.pid, 0);
    return Boolean(child.pid);
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Kills whatever children are still running (on failure or Ctrl-C), so no server outlives the bench. */
export function killAllChildren(): void {
  for (const child of children) killGroup(child, 'SIGKILL');
}
