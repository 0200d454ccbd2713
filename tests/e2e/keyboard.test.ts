import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, createAgency } from './api.js';
import { checkScreen, launchBrowser, openPage, type TestPage } from './browser.js';
import { chooseWithArrows, tabTo } from './keyboard.js';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
  // Setup through the API with a separate session: an agency without a driehoek and a wees
  // beleidsterrein it executes. The test itself touches only the keyboard.
  const setup = await openPage(browser, { as: 'beheerder@driehoek.example' });
  await setup.page.goto('/');
  const agency = await createAgency(setup.page, 'Dienst Toetsenbordproef', 'DTP');
  const terrein = await apiCall(setup.page, 'POST', '/beleidsterreinen', { naam: 'Toetsenbordterrein', uitvoerderIds: [agency] });
  expect(terrein.status).toBe(201);
  await setup.context.close();
  t = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard only', () => {
  it('logs in as beheerder, creates a driehoek and assigns a beleidsverantwoordelijke without a mouse', async () => {
    const { page } = t;
    await page.goto('/');
    await page.waitForURL(/\/inloggen/);

    // The skip link comes first and jumps to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');

    await tabTo(page, /^E-mailadres/);
    await page.keyboard.type('beheerder@driehoek.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('driehoek-demo');
    await page.keyboard.press('Enter');
    await page.getByTestId('ingelogd-als').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Mijn driehoek' }).waitFor();

    // Main navigation → Driehoeken → Nieuwe driehoek.
    await tabTo(page, /^Driehoeken$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Driehoeken' }).waitFor();
    await tabTo(page, /^Nieuwe driehoek$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe driehoek' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await tabTo(page, /^Opdrachtnemer \(uitvoeringsorganisatie\)/);
    await chooseWithArrows(page, 'Dienst Toetsenbordproef');
    await tabTo(page, /^Eigenaar/);
    await chooseWithArrows(page, 'SZW › Bestuursstaf SZW');
    await tabTo(page, /^Opdrachtgever 1$/);
    await chooseWithArrows(page, 'SZW › Directoraat-generaal Werk');
    await tabTo(page, /^Opdrachtgever toevoegen$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Opdrachtgever 2$/);
    await chooseWithArrows(page, 'SZW › Directoraat-generaal Sociale Zekerheid en Integratie');
    // Radio buttons of one group: Tab reaches the checked one, arrows move the choice.
    await tabTo(page, /^Coördinerend opdrachtgever/, { backwards: true });
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Opslaan$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Driehoek DTP' }).waitFor();
    expect(await page.locator('li', { hasText: '(coördinerend)' }).textContent()).toContain('Sociale Zekerheid en Integratie');
    await checkScreen(page, 'toetsenbord-driehoek-aangemaakt');

    // Main navigation (before the content: Shift+Tab) → Beleidsterreinen → search the wees terrein.
    await tabTo(page, /^Beleidsterreinen$/, { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beleidsterreinen' }).waitFor();
    await tabTo(page, /^Zoek op naam of omschrijving$/);
    await page.keyboard.type('Toetsenbordterrein');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Toetsenbordterrein/);
    await page.getByRole('link', { name: 'Toetsenbordterrein' }).waitFor();
    await tabTo(page, /^Toetsenbordterrein$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Toetsenbordterrein' }).waitFor();
    await tabTo(page, /^Beleidsverantwoordelijke toewijzen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beleidsverantwoordelijke toewijzen' }).waitFor();
    await tabTo(page, /^Beleidsverantwoordelijke/);
    await chooseWithArrows(page, 'SZW › Directoraat-generaal Werk');
    await tabTo(page, /^Toelichting/);
    await page.keyboard.type('Toegewezen met alleen het toetsenbord.');
    await tabTo(page, /^Beleidsverantwoordelijke toewijzen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Toetsenbordterrein' }).waitFor();
    await page.getByRole('link', { name: 'Directoraat-generaal Werk' }).waitFor();
    expect(await page.getByText('Wees:').count()).toBe(0);
    await expect.poll(() => page.getByTestId('live-region').textContent()).toContain('Beleidsverantwoordelijke is nu Directoraat-generaal Werk');
    expect(t.problems).toEqual([]);
  });
});
