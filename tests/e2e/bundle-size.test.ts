import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, settle } from './browser.js';

const BUDGET = 200 * 1024;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Gzip size of every JavaScript file the page loads from now on, by URL. */
function recordScripts(page: Page) {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (!/\.js(\?|$)/.test(response.url())) return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
  });
  return () => [...sizes.values()].reduce((a, b) => a + b, 0);
}

describe('speed', () => {
  it('loads at most 200 KB of gzipped JavaScript for the first screen (the login page)', async () => {
    const { page, context } = await openPage(browser);
    const total = recordScripts(page);
    await page.goto('/');
    await page.waitForURL(/\/inloggen/);
    await settle(page);
    expect(total()).toBeGreaterThan(10_000);
    expect(total(), `${Math.round(total() / 1024)} KB gzip`).toBeLessThanOrEqual(BUDGET);
    await context.close();
  });

  it('stays within the budget for a logged-in user opening the start page', async () => {
    const { context } = await openPage(browser, { as: 'eigenaar@driehoek.example' });
    // A fresh load of the start page with the session, as when the user comes back tomorrow.
    const fresh = await context.newPage();
    const total = recordScripts(fresh);
    await fresh.goto('/');
    await fresh.getByRole('heading', { level: 1, name: 'Mijn driehoek' }).waitFor();
    await settle(fresh);
    expect(total(), `${Math.round(total() / 1024)} KB gzip`).toBeLessThanOrEqual(BUDGET);
    await context.close();
  });
});
