import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from './api.js';
import { checkScreen, launchBrowser, openPage, type TestPage } from './browser.js';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, { as: 'beheerder@driehoek.example' });
  await t.page.goto('/');
});
afterAll(async () => {
  await browser?.close();
});

describe('driehoeken', () => {
  it('lists the driehoeken with their corners and the separation check in words', async () => {
    const { page } = t;
    await page.goto('/driehoeken');
    await checkScreen(page, 'driehoeken');
    await page.getByLabel('Scheidingswaarschuwing').selectOption('true');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.waitForURL(/heeftScheidingWaarschuwing=true/);
    await expect.poll(() => page.locator('tbody th').allTextContents()).toEqual(['Driehoek CJIB']);
  });

  it('shows the three corners, the people in each and the separation warning, and records an exception', async () => {
    const { page } = t;
    await page.getByRole('link', { name: 'Driehoek CJIB' }).click();
    await page.getByRole('heading', { level: 1, name: 'Driehoek CJIB' }).waitFor();
    for (const hoek of ['Eigenaar', 'Opdrachtgevers', 'Opdrachtnemer']) {
      await page.getByRole('heading', { level: 2, name: hoek, exact: true }).waitFor();
    }
    expect(await page.getByText('(coördinerend)').count()).toBe(1);
    await page.getByText('Scheidingswaarschuwing:').waitFor();
    await checkScreen(page, 'driehoek-detail');
    await page.getByRole('button', { name: 'Uitzondering vastleggen' }).click();
    await page.getByLabel(/^Reden van de uitzondering/).fill('Tijdelijk: de pSG is DG a.i. tot de nieuwe DG start.');
    await checkScreen(page, 'driehoek-uitzondering');
    await page.getByRole('button', { name: 'Uitzondering vastleggen' }).click();
    await page.getByText('Uitzondering vastgelegd:').waitFor();
    await page.getByRole('button', { name: 'Uitzondering intrekken' }).click();
    await page.getByText('Scheidingswaarschuwing:').waitFor();
  });

  it('creates a driehoek for a new agency after naming the empty choices', async () => {
    const { page } = t;
    await createAgency(page, 'Dienst Proefuitvoering', 'DPU');
    await page.goto('/driehoeken/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe driehoek' }).waitFor();
    await checkScreen(page, 'driehoek-nieuw');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Er zijn 3 fouten in het formulier').waitFor();
    await checkScreen(page, 'driehoek-nieuw-fouten');
    await page.getByLabel(/^Opdrachtnemer/).selectOption({ label: 'Dienst Proefuitvoering' });
    await page.getByLabel(/^Eigenaar/).selectOption({ label: 'SZW › Bestuursstaf SZW' });
    await page.getByLabel('Opdrachtgever 1', { exact: true }).selectOption({ label: 'SZW › Directoraat-generaal Werk' });
    await page.getByRole('button', { name: 'Opdrachtgever toevoegen' }).click();
    await page.getByLabel('Opdrachtgever 2', { exact: true }).selectOption({ label: 'SZW › Directoraat-generaal Sociale Zekerheid en Integratie' });
    await page.getByRole('radio', { name: /Coördinerend opdrachtgever \(Opdrachtgever 2\)/ }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Driehoek DPU' }).waitFor();
    const coordinerend = page.locator('li', { hasText: '(coördinerend)' });
    expect(await coordinerend.textContent()).toContain('Directoraat-generaal Sociale Zekerheid en Integratie');
    expect(t.problems).toEqual([]);
  });

  it('lets the eigenaar of a driehoek edit it but not delete it', async () => {
    const eigenaar = await openPage(browser, { as: 'eigenaar@driehoek.example' });
    await eigenaar.page.goto('/');
    await eigenaar.page.goto('/driehoeken');
    await eigenaar.page.getByRole('link', { name: 'Driehoek UWV' }).click();
    await eigenaar.page.getByRole('heading', { level: 1, name: 'Driehoek UWV' }).waitFor();
    expect(await eigenaar.page.getByRole('link', { name: 'Wijzigen' }).count()).toBe(1);
    expect(await eigenaar.page.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);
    await eigenaar.page.getByRole('link', { name: 'Wijzigen' }).click();
    await eigenaar.page.getByRole('heading', { level: 1, name: 'Driehoek wijzigen' }).waitFor();
    await checkScreen(eigenaar.page, 'driehoek-wijzigen');
    await eigenaar.page.getByLabel(/^Omschrijving/).fill('Aangepast door de eigenaar.');
    await eigenaar.page.getByRole('button', { name: 'Opslaan' }).click();
    await eigenaar.page.getByText('Aangepast door de eigenaar.').waitFor();
    await eigenaar.context.close();
  });
});
