import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContextOptions, chromium } from 'playwright-core';
import { generate, type Scale } from './generate.js';
import { BENCH_GEBRUIKER, BENCH_WACHTWOORD } from './persoon-data.js';
import { ROOT, startApp } from './processes.js';
import type { BrowserResult } from './report.js';
import type { DbKind, Target } from './targets.js';

export interface BrowserBenchOptions {
  scale: Scale;
  serverUrl: string | null;
  newTarget: (kind: DbKind, serverUrl: string | null) => Promise<Target>;
  isRequired: boolean;
  appEnvExtra: Record<string, string>;
}

const LOADS = 10;
const JS_BUDGET_KB = 200;
const RENDER_TARGET_MS = 1_000;

/**
 * The screens the issue names, and when each counts as rendered: "Mijn driehoek" when its
 * heading is on screen, the table page when 200 rows are. Each predicate runs in the page and
 * returns the time since navigation start once it holds (false until then).
 */
const SCREENS = [
  {
    name: 'Mijn driehoek',
    path: '/',
    renderedAt: () => [...document.querySelectorAll('h1')].some((h) => /mijn driehoek/i.test(h.textContent ?? '')) && performance.now(),
  },
  {
    name: '200-row table (organisaties, pageSize 200)',
    path: '/organisaties?pageSize=200',
    renderedAt: () => document.querySelectorAll('table tbody tr').length >= 200 && performance.now(),
  },
];

/** Never downloads a browser: Debian's Chromium, headless, with the background traffic off. */
function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
}

/** Loads a screen in a fresh context (empty cache, as a first visit) and returns ms until it rendered. */
async function timeRender(browser: Browser, context: BrowserContextOptions, screen: (typeof SCREENS)[number], scripts?: Map<string, Buffer>) {
  const ctx = await browser.newContext(context);
  try {
    const page = await ctx.newPage();
    if (scripts) {
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        response.body().then((body) => scripts.set(response.url(), body), () => undefined);
      });
    }
    await page.goto(screen.path, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(screen.renderedAt, undefined, { polling: 'raf', timeout: 30_000 });
    const ms = (await handle.jsonValue()) as number;
    if (scripts) await page.waitForLoadState('networkidle');
    return ms;
  } finally {
    await ctx.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(browser: Browser, baseURL: string): Promise<BrowserResult[]> {
  const login = await browser.newContext({ baseURL });
  const response = await login.request.post('/api/v1/sessies', { data: { email: BENCH_GEBRUIKER, wachtwoord: BENCH_WACHTWOORD } });
  if (response.status() !== 201) throw new Error(`Inloggen in de browser mislukt: ${response.status()}`);
  const context: BrowserContextOptions = { baseURL, storageState: await login.storageState() };
  await login.close();

  const results: BrowserResult[] = [];
  const scripts = new Map<string, Buffer>();
  await timeRender(browser, context, SCREENS[0]!, scripts);
  const gzipKb = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0) / 1000;
  results.push({
    name: `JavaScript for the first screen (${scripts.size} files, gzip)`,
    value: `${gzipKb.toFixed(1)} kB`,
    target: `≤ ${JS_BUDGET_KB} kB`,
    isMet: gzipKb <= JS_BUDGET_KB,
  });

  for (const screen of SCREENS) {
    const times: number[] = [];
    try {
      for (let i = 0; i < LOADS; i++) times.push(await timeRender(browser, context, screen));
      const p50 = median(times);
      results.push({
        name: `first render of ${screen.name} (p50 of ${LOADS} cold loads)`,
        value: `${Math.round(p50)} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})`,
        target: `< ${RENDER_TARGET_MS} ms`,
        isMet: p50 < RENDER_TARGET_MS,
      });
    } catch (error) {
      console.error(`  ${screen.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      results.push({ name: `first render of ${screen.name}`, value: 'did not render within 30 s', target: `< ${RENDER_TARGET_MS} ms`, isMet: false });
    }
  }
  return results;
}

/**
 * The browser benchmark on the built web app, against the app with the generator's data (on
 * the server database when there is one). Skipped without dist/web, or fails with --browser yes.
 */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserResult[]> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    if (options.isRequired) throw new Error('dist/web ontbreekt: eerst npm run build:web');
    console.log('\nBrowsermeting overgeslagen: dist/web bestaat (nog) niet.');
    return [];
  }
  console.log('\n== Browser (Playwright, Chromium) ==');
  const t = await options.newTarget(options.serverUrl ? 'server' : 'embedded', options.serverUrl);
  await generate({ url: t.url, dataDir: t.dataDir }, options.scale);
  const { child } = await startApp({ ...t.appEnv, ...options.appEnvExtra });
  const browser = await launch();
  try {
    return await measure(browser, `http://127.0.0.1:${child.port}`);
  } finally {
    await browser.close();
    await child.stop();
    await t.drop();
  }
}
