import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, launchBrowser, login, openPage, type TestPage } from './browser.js';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('shell, login and session', () => {
  it('sends a visitor to the login page and back to where they wanted to go after logging in', async () => {
    t = await openPage(browser);
    const { page } = t;
    await page.goto('/organisaties?soort=ministerie');
    await page.waitForURL(/\/inloggen\?terugNaar=/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await checkScreen(page, 'inloggen');
    await page.getByLabel('E-mailadres').fill('beheerder@driehoek.example');
    await page.getByLabel('Wachtwoord').fill('driehoek-demo');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/organisaties\?soort=ministerie$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisaties');
    expect(t.problems).toEqual([]);
    await t.context.close();
  });

  it('names every field error next to the field and in a summary that takes the focus', async () => {
    t = await openPage(browser);
    const { page } = t;
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('geen-e-mailadres');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const summary = page.locator('.dh-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain('Er zijn 2 fouten');
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await email.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('vul een geldig e-mailadres in');
    await checkScreen(page, 'inloggen-fouten');
    await t.context.close();
  });

  it('says a wrong password at the top of the form without saying which part was wrong', async () => {
    t = await openPage(browser);
    const { page } = t;
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('beheerder@driehoek.example');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Inloggen is niet gelukt' }).waitFor();
    await t.context.close();
  });

  it('shows the person, their role and the demo-data notice, and switches the language with <html lang>', async () => {
    t = await openPage(browser, { as: 'eigenaar@driehoek.example' });
    const { page } = t;
    await page.goto('/');
    await page.getByTestId('ingelogd-als').waitFor();
    expect(await page.getByTestId('ingelogd-als').textContent()).toMatch(/^Ingelogd als /);
    expect(await page.locator('.dh-header__roles').textContent()).toContain('Eigenaar');
    expect(await page.getByTestId('voorbeeldgegevens').textContent()).toContain('Voorbeeldgegevens');
    await checkScreen(page, 'start-eigenaar');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My triangle');
    await checkScreen(page, 'start-eigenaar-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    expect(t.problems).toEqual([]);
    await t.context.close();
  });

  it('sends the user to the login page when the session expired mid-work, and back afterwards', async () => {
    t = await openPage(browser, { as: 'beheerder@driehoek.example' });
    const { page, context } = t;
    await page.goto('/organisaties');
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    // The server forgets nothing here; the browser losing its cookie answers 401 just the same.
    await context.clearCookies();
    await page.getByRole('link', { name: 'Toon als boom' }).click();
    await page.waitForURL(/\/inloggen\?terugNaar=%2Forganisaties%2Fboom&verlopen=1/);
    await page.getByText('Uw sessie is verlopen').waitFor();
    await page.getByLabel('E-mailadres').fill('beheerder@driehoek.example');
    await page.getByLabel('Wachtwoord').fill('driehoek-demo');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/organisaties\/boom$/);
    await context.close();
  });

  it('logs out and says so', async () => {
    // Its own login: logging out ends the session on the server, so not a shared one.
    t = await openPage(browser);
    const { page } = t;
    await login(page, 'adviseur@driehoek.example');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
    await page.goto('/');
    await page.waitForURL(/\/inloggen/);
    await t.context.close();
  });

  it('has an accessibility statement that needs no login', async () => {
    t = await openPage(browser);
    const { page } = t;
    await page.goto('/toegankelijkheid');
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await checkScreen(page, 'toegankelijkheidsverklaring');
    await page.goto('/bestaat-niet');
    await t.context.close();
  });
});
