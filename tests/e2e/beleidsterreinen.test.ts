import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('beleidsterreinen', () => {
  it('lists beleidsterreinen with their beleidsverantwoordelijke and filters the wees ones', async () => {
    const { page } = t;
    await page.goto('/beleidsterreinen');
    await page.getByRole('columnheader', { name: 'Beleidsverantwoordelijke' }).waitFor();
    await checkScreen(page, 'beleidsterreinen');
    await page.getByLabel('Beleidsverantwoordelijke', { exact: true }).selectOption('true');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.waitForURL(/isWees=true/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('tbody td').filter({ hasText: 'Wees' }).count()).toBe(2);
  });

  it('shows the tree with the wees terreinen marked in words', async () => {
    const { page } = t;
    await page.goto('/beleidsterreinen/boom');
    await page.locator('.dh-tree').first().waitFor();
    expect(await page.locator('.dh-tree .dh-badge', { hasText: 'Wees' }).count()).toBeGreaterThanOrEqual(2);
    await checkScreen(page, 'beleidsterreinen-boom');
  });

  it('assigns a beleidsverantwoordelijke to a wees terrein', async () => {
    const { page } = t;
    await page.goto('/beleidsterreinen?isWees=true');
    const link = page.locator('tbody th a').first();
    const naam = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    await page.getByText('Wees:').waitFor();
    await checkScreen(page, 'beleidsterrein-detail');
    await page.getByRole('link', { name: 'Beleidsverantwoordelijke toewijzen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beleidsverantwoordelijke toewijzen' }).waitFor();
    await checkScreen(page, 'beleidsterrein-toewijzen');
    await page.getByLabel(/^Beleidsverantwoordelijke/).selectOption({ label: 'SZW › Directoraat-generaal Werk' });
    await page.getByLabel(/^Toelichting/).fill('DG Werk neemt dit terrein op zich.');
    await page.getByRole('button', { name: 'Beleidsverantwoordelijke toewijzen' }).click();
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    await page.getByRole('link', { name: 'Directoraat-generaal Werk' }).waitFor();
    expect(await page.getByText('Wees:').count()).toBe(0);
  });

  it('creates a beleidsterrein as beheerder, with the executing agencies as checkboxes', async () => {
    const { page } = t;
    await page.goto('/beleidsterreinen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuw beleidsterrein' }).waitFor();
    await checkScreen(page, 'beleidsterrein-nieuw');
    await page.getByLabel(/^Beleidsterrein/).fill('Proefterrein');
    await page.getByLabel(/^Wettelijke grondslagen/).fill('Wet proef\nBesluit proef');
    await page.getByRole('checkbox', { name: /Uitvoeringsinstituut Werknemersverzekeringen/ }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proefterrein' }).waitFor();
    await page.getByText('Wet proef; Besluit proef').waitFor();
    expect(t.problems).toEqual([]);
  });

  it('shows the opdrachtnemer the wees terreinen of their agency on the start page', async () => {
    const opdrachtnemer = await openPage(browser, { as: 'opdrachtnemer@driehoek.example' });
    await opdrachtnemer.page.goto('/');
    await opdrachtnemer.page.getByRole('heading', { level: 2, name: 'Beleidsterreinen zonder beleidsverantwoordelijke' }).waitFor();
    await opdrachtnemer.page.getByRole('heading', { level: 2, name: 'Mijn driehoeken' }).waitFor();
    await checkScreen(opdrachtnemer.page, 'start-opdrachtnemer');
    await opdrachtnemer.context.close();
  });

  it('shows the beheerder the driehoeken with a separation warning on the start page', async () => {
    const { page } = t;
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Scheiding van rollen vraagt aandacht' }).waitFor();
    await page.getByRole('link', { name: 'Driehoek CJIB' }).waitFor();
    await checkScreen(page, 'start-beheerder');
  });
});
