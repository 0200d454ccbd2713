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

const noLoadingShown = () => document.querySelector('.dh-loading, [aria-busy="true"]') === null;

/**
 * Loads a screen in a fresh context (empty cache, as a first visit). Returns the ms from
 * navigation start until it rendered, and until it settled: no API request in flight and no
 * loading indicator for 50 ms (sections that load their own data after the first render).
 */
async function timeRender(browser: Browser, context: BrowserContextOptions, screen: (typeof SCREENS)[number], scripts?: Map<string, Buffer>) {
  const ctx = await browser.newContext(context);
  try {
    const page = await ctx.newPage();
    let inFlight = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/')) inFlight++;
    });
    const done = (request: { url(): string }) => {
      if (request.url().includes('/api/')) inFlight--;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    if (scripts) {
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        response.body().then((body) => scripts.set(response.url(), body), () => undefined);
      });
    }
    await page.goto(screen.path, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(screen.renderedAt, undefined, { polling: 'raf', timeout: 30_000 });
    const renderedMs = (await handle.jsonValue()) as number;
    let settledMs: number | null = null;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      const isQuiet = inFlight === 0 && (await page.evaluate(noLoadingShown));
      if (isQuiet && settledMs !== null) break;
      settledMs = isQuiet ? (settledMs ?? (await page.evaluate(() => performance.now()))) : null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (scripts) await page.waitForLoadState('networkidle');
    return { renderedMs, settledMs: settledMs ?? Number.NaN };
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
    const settled: number[] = [];
    try {
      for (let i = 0; i < LOADS; i++) {
        const { renderedMs, settledMs } = await timeRender(browser, context, screen);
        times.push(renderedMs);
        settled.push(settledMs);
      }
      const p50 = median(times);
      results.push({
        name: `first render of ${screen.name} (p50 of ${LOADS} cold loads)`,
        value: `${Math.round(p50)} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})`,
        target: `< ${RENDER_TARGET_MS} ms`,
        isMet: p50 < RENDER_TARGET_MS,
      });
      results.push({
        name: `${screen.name} settled: all its data shown (p50)`,
        value: `${Math.round(median(settled))} ms (max ${Math.round(Math.max(...settled))})`,
        target: '(no target)',
        isMet: true,
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
