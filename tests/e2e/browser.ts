import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
export const SCREENSHOTS = join(root, 'test-results', 'screenshots');
export const WACHTWOORD = 'driehoek-demo';

/** Debian's Chromium; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // --lang: date inputs show the Dutch format (dd-mm-jjjj) as for our users.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--lang=nl-NL'],
  });
}

export function baseUrl() {
  return inject('baseUrl');
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far (expected 401s left out). */
  problems: string[];
}

/**
 * A fresh browser context; with `as`, already logged in as that demo account. The server allows
 * 10 password logins a minute per address, so each account logs in once per run and later
 * contexts reuse its session (kept in a file per server port, as test files run in separate
 * processes).
 */
export async function openPage(browser: Browser, options: { as?: string } = {}): Promise<TestPage> {
  const storageState = options.as ? await sessionFor(browser, options.as) : undefined;
  const context = await browser.newContext({
    baseURL: baseUrl(),
    storageState,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // The session probe answers 401 when nobody is logged in; the browser logs that load.
    if (message.type() === 'error' && !/status of 401/.test(text)) problems.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

async function sessionFor(browser: Browser, email: string): Promise<string> {
  const file = join(tmpdir(), `driehoek-e2e-${new URL(baseUrl()).port}-${email}.json`);
  if (!existsSync(file)) {
    const { context, page } = await openPage(browser);
    await login(page, email);
    await context.storageState({ path: file });
    await context.close();
  }
  return file;
}

export async function login(page: Page, email: string) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByTestId('ingelogd-als').waitFor();
}

/** Waits until the page has settled: no loading text, no busy table. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.dh-loading, [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
}

/**
 * The accessibility check of one screen: axe with the WCAG 2.0/2.1/2.2 A and AA rules reports
 * nothing, and a full-page screenshot is kept as a test artefact.
 */
export async function checkScreen(page: Page, name: string) {
  await settle(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
  expect(violations, `axe-overtredingen op ${name}`).toEqual([]);
}
