/**
 * `npm run bench -- --scale small|large [--db embedded|server|both] [--seconds 10]`: cold start,
 * generated data, the API under autocannon load and the floor, for each database; prints a
 * Markdown report and writes it to bench/results/<timestamp>.md. Only ever talks to 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBrowserBench } from './browser.js';
import { aansluitingRapport } from './reconciliation/run.js';
import { runImportBench } from './import.js';
import { checkEndpoint, discoverEndpoints, login } from './endpoints.js';
import { generate, SCALES, type Scale } from './generate.js';
import { type LoadResult, runLoad } from './load.js';
import { freePort, killAllChildren, ROOT, spawnServer, startApp, waitUntilDrained, waitUntilReady } from './processes.js';
import { type ColdStart, type EndpointResult, type Report, renderReport } from './report.js';
import { createTarget, type DbKind, findServer, serverVersion, type Target } from './targets.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    db: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    'log-level': { type: 'string', default: 'warn' },
    browser: { type: 'string', default: 'auto' },
  },
});
const scale = values.scale as Scale;
if (!(scale in SCALES)) throw new Error('--scale moet small of large zijn');
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmupSeconds = Math.min(2, seconds);
const appEnvExtra = { LOG_LEVEL: values['log-level']! };

const NO_RESULT: LoadResult = { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, rps: Number.NaN, requests: 0, failures: 0, timeouts: 0 };
const targets: Target[] = [];
let isCleaningUp = false;
async function cleanup() {
  if (isCleaningUp) return;
  isCleaningUp = true;
  killAllChildren();
  for (const t of targets) await t.drop().catch((e: unknown) => console.error(`Opruimen mislukt: ${String(e)}`));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: benchmark afgebroken, opruimen…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function newTarget(kind: DbKind, serverUrl: string | null) {
  const t = await createTarget(kind, serverUrl);
  targets.push(t);
  return t;
}

/** Builds what `npm start` would build, outside any timing; false when the build fails. */
function ensureBuilt(): boolean {
  try {
    execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { cwd: ROOT, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * First start on an empty database (migrations, and the demo data when embedded), a second
 * start, and a second start through `npm start` (npm itself and the is-it-built check).
 */
async function measureColdStarts(kind: DbKind, serverUrl: string | null, skipped: string[]): Promise<ColdStart[]> {
  const t = await newTarget(kind, serverUrl);
  const out: ColdStart[] = [];
  const starts: [string, 'npm' | 'node'][] = [
    ['first start, empty database (`node dist/server/main.js serve`)', 'node'],
    ['second start (`node dist/server/main.js serve`)', 'node'],
    ['second start (`npm start`)', 'npm'],
  ];
  for (const [start, via] of starts) {
    // Others may change sources while the bench runs: build outside the timing, and say so if
    // `npm start` still had to build.
    if (via === 'npm' && !ensureBuilt()) {
      skipped.push(`${t.label} ${start} (the build failed)`);
      continue;
    }
    const { child, readyMs } = await startApp({ ...t.appEnv, ...appEnvExtra }, via);
    await child.stop();
    out.push({ db: t.label, start: child.hasBuilt() ? `${start}, incl. a rebuild` : start, ms: readyMs });
    console.log(`  ${start}: ${Math.round(readyMs)} ms`);
  }
  await t.drop();
  return out;
}

async function measureLoad(paths: string[], port: number, headers: Record<string, string>) {
  await runLoad({ port, paths, headers, connections, seconds: warmupSeconds });
  return runLoad({ port, paths, headers, connections, seconds });
}

async function measureDatabase(kind: DbKind, serverUrl: string | null, report: Report, generated: string[]) {
  console.log(`\n== ${kind === 'embedded' ? 'Ingebouwde database (PGlite)' : 'PostgreSQL-server'} ==`);
  console.log('Koude start:');
  report.coldStarts.push(...(await measureColdStarts(kind, serverUrl, report.skipped)));

  const t = await newTarget(kind, serverUrl);
  console.log(`Gegevens genereren (${scale})…`);
  const gen = await generate({ url: t.url, dataDir: t.dataDir }, scale);
  generated.push(`${t.label}: ${gen.ms} ms`);
  console.log(`  klaar in ${gen.ms} ms`);

  const { child } = await startApp({ ...t.appEnv, ...appEnvExtra });
  const results: EndpointResult[] = [];
  let endpoints;
  try {
    const cookie = await login(child.port);
    const found = await discoverEndpoints(child.port, cookie);
    endpoints = found.endpoints;
    report.skipped.push(...found.skipped);
    for (const e of endpoints) {
      console.log(`  app ${e.name}…`);
      const result: EndpointResult = { db: t.label, isServer: kind === 'server', endpoint: e.name, kind: e.kind, app: NO_RESULT };
      try {
        await checkEndpoint(child.port, e.paths, { cookie });
        result.app = await measureLoad(e.paths, child.port, { cookie });
      } catch (error) {
        result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.error(`    ${result.error}`);
      }
      results.push(result);
      await waitUntilDrained(child.port);
    }
  } finally {
    await child.stop();
  }

  // PGlite allows one process per folder: the floor runs after the app has stopped.
  const port = await freePort();
  const floor = spawnServer(process.execPath, ['--import', 'tsx', 'bench/floor.ts'], t.floorEnv, port);
  try {
    await waitUntilReady(floor, performance.now(), 120_000);
    for (const e of endpoints.filter((x) => x.floorPaths)) {
      await checkEndpoint(port, e.floorPaths!, {});
      console.log(`  vloer ${e.name}…`);
      results.find((r) => r.endpoint === e.name)!.floor = await measureLoad(e.floorPaths!, port, {});
      await waitUntilDrained(port);
    }
  } finally {
    await floor.stop();
  }
  report.endpoints.push(...results);
  await t.drop();
}

async function main() {
  const serverUrl = values.db === 'embedded' ? null : await findServer();
  const kinds: DbKind[] = values.db === 'embedded' ? ['embedded'] : values.db === 'server' ? ['server'] : serverUrl ? ['embedded', 'server'] : ['embedded'];
  if (kinds.includes('server') && !serverUrl) throw new Error('Geen PostgreSQL-server bereikbaar (zet DATABASE_URL).');
  const pglite = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  const cpu = cpus();
  const startedAt = new Date();
  const loadBefore = loadavg()[0]!;
  const report: Report = { header: [], coldStarts: [], endpoints: [], skipped: [], browser: [], scale };
  const generated: string[] = [];
  for (const kind of kinds) await measureDatabase(kind, serverUrl, report, generated);
  if (values.browser !== 'no') {
    report.browser = await runBrowserBench({ scale, serverUrl, newTarget, isRequired: values.browser === 'yes', appEnvExtra });
  }
  const size = SCALES[scale];
  report.header = [
    `## Run of ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — \`npm run bench -- ${process.argv.slice(2).join(' ')}\``,
    '',
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PGlite ${pglite}${serverUrl ? `; ${await serverVersion(serverUrl)} (same machine)` : ''}; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (the machine is shared).`,
    `- Data (\`${scale}\`): ${size.organisaties.toLocaleString('en-US')} organisaties, ${size.personen.toLocaleString('en-US')} personen with rollen, ${size.beleidsterreinen.toLocaleString('en-US')} beleidsterreinen; generated by bench/generate.ts in ${generated.join(', ')}.`,
    `- Load: autocannon in the bench process, ${connections} connections, ${seconds} s per endpoint after ${warmupSeconds} s warm-up; app and floor each in their own process; LOG_LEVEL=${values['log-level']}; logged in as an opdrachtgever (not a beheerder).`,
  ];
  // Aansluiting (issue 4): the engine's quality and speed on generated labelled lists, no database involved.
  const text = `${renderReport(report)}\n\n${aansluitingRapport().markdown}\n\n${await runImportBench(values.db ? { db: values.db } : {})}`;
  console.log(`\n${text}`);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, `${text}\n`);
  console.log(`Rapport geschreven naar ${file}`);
}

try {
  await main();
} catch (error) {
  console.error(`Benchmark mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
