import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, launchBrowser, openPage, settle } from './browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('reflow (WCAG 1.4.10)', () => {
  it('fits every screen in 320 CSS pixels without sideways scrolling, with wide tables scrolling in a box the keyboard reaches', async () => {
    const { page, context } = await openPage(browser, { as: 'beheerder@driehoek.example' });
    await page.setViewportSize({ width: 320, height: 640 });
    const paths = [
      '/', '/organisaties', '/organisaties/boom', '/organisaties/nieuw', '/driehoeken', '/driehoeken/nieuw',
      '/beleidsterreinen', '/beleidsterreinen/boom', '/beleidsterreinen/nieuw', '/personen', '/personen/nieuw', '/toegankelijkheid',
    ];
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settle(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${path}: ${width}px`);
      // Narrow, tables scroll: axe checks those boxes can be reached by keyboard.
      await checkScreen(page, path === '/' ? 'smal-start' : `smal${path.replace(/\//g, '-')}`);
    }
    expect(tooWide).toEqual([]);
    await context.close();
  });
});
