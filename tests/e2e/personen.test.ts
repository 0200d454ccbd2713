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

describe('personen en rollen', () => {
  it('lists people with their roles today', async () => {
    const { page } = t;
    await page.goto('/personen');
    await page.getByRole('columnheader', { name: 'Rollen nu' }).waitFor();
    await checkScreen(page, 'personen');
  });

  it('adds a person, grants a role in a driehoek and ends it with a date', async () => {
    const { page } = t;
    await page.goto('/personen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Persoon toevoegen' }).waitFor();
    await checkScreen(page, 'persoon-nieuw');
    await page.getByLabel(/^Naam/).fill('Proef Persoon');
    await page.getByLabel(/^E-mailadres/).fill('proef.persoon@driehoek.example');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    await page.getByText('Deze persoon heeft geen rollen.').waitFor();
    await checkScreen(page, 'persoon-detail');

    await page.getByRole('link', { name: 'Rol toekennen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rol toekennen' }).waitFor();
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.getByText('Rol: kies een rol').waitFor();
    await checkScreen(page, 'rol-toekennen-fouten');
    await page.getByLabel(/^Rol/).selectOption('adviseur');
    await page.getByLabel(/^Organisatie/).selectOption({ label: 'SZW › DG Werk › Directie Arbeidsmarkt' });
    await page.getByLabel(/^Driehoek/).selectOption({ label: 'Driehoek UWV' });
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    const rij = page.locator('tbody tr', { hasText: 'Adviseur opdrachtgeverschap' });
    await rij.getByText('Actief').waitFor();

    await rij.getByRole('link', { name: /Beëindigen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Rol beëindigen' }).waitFor();
    await checkScreen(page, 'rol-beeindigen');
    await page.getByLabel(/^Laatste dag van de rol/).fill('');
    await page.getByRole('button', { name: 'Rol beëindigen' }).click();
    await page.getByText('vul de laatste dag van de rol in').first().waitFor();
    await page.getByLabel(/^Laatste dag van de rol/).fill('2099-12-31');
    await page.getByRole('button', { name: 'Rol beëindigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    await page.locator('tbody tr', { hasText: 'Adviseur opdrachtgeverschap' }).getByText('31 december 2099').waitFor();
    expect(t.problems).toEqual([]);
  });

  it('tells someone who is not a beheerder that people and roles are managed by the beheerder', async () => {
    const lezer = await openPage(browser, { as: 'lezer@driehoek.example' });
    await lezer.page.goto('/');
    expect(await lezer.page.getByRole('link', { name: 'Personen en rollen' }).count()).toBe(0);
    await lezer.page.goto('/personen');
    await lezer.page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await lezer.context.close();
  });
});
