import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './api.js';
import { checkScreen, launchBrowser, openPage, settle, type TestPage } from './browser.js';

let browser: Browser;
let t: TestPage;
const email = `proef.persoon.${Date.now()}@driehoek.example`;
// Refused saves (400, 412) are part of these tests; the browser logs their loads as errors.
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 4(00|12)/.test(p));

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, { as: 'beheerder@driehoek.example' });
  await t.page.goto('/');
});
afterAll(async () => {
  await browser?.close();
});

describe('personen en rollen', () => {
  it('lists people with their roles today, filtered by rol, and exports the view', async () => {
    const { page } = t;
    await page.goto('/personen');
    await page.getByRole('columnheader', { name: 'Rollen nu' }).waitFor();
    await checkScreen(page, 'personen-lijst');

    await page.getByLabel('Rol nu').selectOption('eigenaar');
    await page.getByRole('button', { name: 'Zoek' }).click();
    await page.waitForURL(/rol=eigenaar/);
    await settle(page);
    const rijen = await page.locator('tbody tr').allTextContents();
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((rij) => rij.includes('Eigenaar'))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('Naam,E-mailadres,Rollen nu,Status');
    expect(csv).toHaveLength(rijen.length + 1);
  });

  it('adds a person, with errors first shown next to the fields', async () => {
    const { page } = t;
    await page.goto('/personen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Persoon toevoegen' }).waitFor();
    await checkScreen(page, 'personen-nieuw');
    await page.getByLabel(/^E-mailadres/).fill('geen-adres');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.dh-error-summary').waitFor();
    expect(await page.getByLabel(/^E-mailadres/).getAttribute('aria-describedby')).toContain('veld-email-fout');
    await checkScreen(page, 'personen-nieuw-fouten');
    await page.getByLabel(/^Naam/).fill('Proef Persoon');
    await page.getByLabel(/^E-mailadres/).fill(email);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    await page.getByText('Deze persoon heeft geen rollen.').waitFor();
    await checkScreen(page, 'personen-detail');
  });

  it('grants a role with only the fields the rol needs, and shows the server’s objection next to its field', async () => {
    const { page } = t;
    await page.getByRole('link', { name: 'Rol toekennen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rol toekennen' }).waitFor();
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.getByText('Rol: kies een rol').waitFor();
    await checkScreen(page, 'personen-rol-fouten');

    // A beheerder belongs to no organisation and no driehoek; a lezer to no driehoek.
    await page.getByLabel(/^Rol/).selectOption('beheerder');
    expect(await page.getByLabel(/^Organisatie/).count()).toBe(0);
    expect(await page.getByLabel(/^Driehoek/).count()).toBe(0);
    await page.getByLabel(/^Rol/).selectOption('lezer');
    expect(await page.getByLabel(/^Organisatie/).count()).toBe(1);
    expect(await page.getByLabel(/^Driehoek/).count()).toBe(0);

    // The server decides that a procescoördinator needs a driehoek; its words land at that field.
    await page.getByLabel(/^Rol/).selectOption('procescoordinator');
    await page.getByLabel(/^Organisatie/).selectOption({ label: 'SZW › DG Werk › Directie Arbeidsmarkt' });
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.locator('#veld-driehoekId-fout', { hasText: 'een procescoördinator hoort bij een driehoek' }).waitFor();

    // In a driehoek, only the organisations of the rol's corner can be chosen.
    await page.getByLabel(/^Rol/).selectOption('adviseur');
    await page.getByLabel(/^Driehoek/).selectOption({ label: 'Driehoek UWV' });
    const keuzes = await page.getByLabel(/^Organisatie/).locator('option').allTextContents();
    expect(keuzes).toContain('SZW › DG Werk › Directie Arbeidsmarkt');
    expect(keuzes.some((k) => k.includes('Bestuursstaf'))).toBe(false);
    await page.getByLabel(/^Organisatie/).selectOption({ label: 'SZW › DG Werk › Directie Arbeidsmarkt' });
    await checkScreen(page, 'personen-rol-toekennen');
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    await page.getByRole('table', { name: 'Rollen die vandaag gelden' }).getByRole('row', { name: /Adviseur opdrachtgeverschap/ }).getByText('Actief').waitFor();
    expect(await page.getByTestId('scheiding-melding').count()).toBe(0);
  });

  it('warns prominently when a granted rol breaks the separation of eigenaar and opdrachtgever, and saves it anyway', async () => {
    const { page } = t;
    // Both from a day far ahead, so today's demo driehoek stays as the other tests expect it.
    for (const [rol, organisatie] of [['eigenaar', 'SZW › Bestuursstaf SZW'], ['opdrachtgever', 'SZW › Directoraat-generaal Werk']] as const) {
      await page.getByRole('link', { name: 'Rol toekennen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Rol toekennen' }).waitFor();
      await page.getByLabel(/^Rol/).selectOption(rol);
      await page.getByLabel(/^Driehoek/).selectOption({ label: 'Driehoek UWV' });
      await page.getByLabel(/^Organisatie/).selectOption({ label: organisatie });
      await page.getByLabel(/^Geldig van/).fill('2099-01-01');
      await page.getByRole('button', { name: 'Rol toekennen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    }
    const melding = page.getByTestId('scheiding-melding');
    await melding.getByRole('heading', { name: /Let op: scheiding van eigenaar en opdrachtgever/ }).waitFor();
    await melding.getByText('Proef Persoon heeft zowel een eigenaarsrol als een opdrachtgeversrol in deze driehoek.').waitFor();
    expect(await melding.getByRole('link', { name: 'Driehoek UWV' }).count()).toBe(1);
    const geschiedenis = page.getByRole('table', { name: 'Rollen die nog moeten beginnen of al zijn beëindigd' });
    await geschiedenis.getByRole('row', { name: /Opdrachtgever/ }).getByText('Gepland, begint 1 januari 2099').waitFor();
    await checkScreen(page, 'personen-detail-waarschuwing');
  });

  it('ends a role on a date', async () => {
    const { page } = t;
    const nu = page.getByRole('table', { name: 'Rollen die vandaag gelden' });
    await nu.getByRole('row', { name: /Adviseur opdrachtgeverschap/ }).getByRole('link', { name: /Rol beëindigen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Rol beëindigen' }).waitFor();
    await checkScreen(page, 'personen-rol-beeindigen');
    await page.getByLabel(/^Laatste dag van de rol/).fill('');
    await page.getByRole('button', { name: 'Rol beëindigen' }).click();
    await page.getByText('vul de laatste dag van de rol in').first().waitFor();
    await page.getByLabel(/^Laatste dag van de rol/).fill('2098-12-31');
    await page.getByRole('button', { name: 'Rol beëindigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon' }).waitFor();
    await nu.getByRole('row', { name: /Adviseur opdrachtgeverschap/ }).getByText('Actief tot en met 31 december 2098').waitFor();
    expect(unexpected(t.problems)).toEqual([]);
  });

  it('edits a person and, on a stale save, reloads without losing the input', async () => {
    const { page } = t;
    const id = page.url().split('/').pop()!;
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Persoon bewerken' }).waitFor();
    await checkScreen(page, 'personen-bewerken');
    await page.getByLabel(/^Naam/).fill('Proef Persoon-de Vries');
    // Someone else saves first.
    const huidig = await apiCall<{ version: number }>(page, 'GET', `/personen/${id}`);
    expect((await apiCall(page, 'PATCH', `/personen/${id}`, { email: `ander.${email}` }, huidig.body.version)).status).toBe(200);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand anders heeft dit item gewijzigd' });
    await dialog.getByRole('button', { name: /Nieuwste versie laden/ }).click();
    await page.getByText('De nieuwste versie is geladen').waitFor();
    expect(await page.getByLabel(/^Naam/).inputValue()).toBe('Proef Persoon-de Vries');
    expect(await page.locator('.utrecht-alert').first().textContent()).toContain(`E-mailadres: ander.${email}`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proef Persoon-de Vries' }).waitFor();
  });

  it('deactivates a person after asking, and activates them again', async () => {
    const { page } = t;
    await page.getByRole('button', { name: 'Deactiveren' }).click();
    const vraag = page.getByRole('dialog', { name: 'Proef Persoon-de Vries deactiveren?' });
    await checkScreen(page, 'personen-deactiveren');
    await vraag.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('deze persoon kan niet inloggen').waitFor();
    await page.getByTestId('live-region').filter({ hasText: 'is gedeactiveerd' }).waitFor();
    await page.getByRole('button', { name: 'Activeren', exact: true }).click();
    await page.getByRole('button', { name: 'Deactiveren' }).waitFor();
    expect(await page.getByText('deze persoon kan niet inloggen').count()).toBe(0);
    expect(unexpected(t.problems)).toEqual([]);
  });

  it('tells someone who is not a beheerder that people and roles are managed by the beheerder', async () => {
    const lezer = await openPage(browser, { as: 'lezer@driehoek.example' });
    await lezer.page.goto('/');
    expect(await lezer.page.getByRole('link', { name: 'Personen en rollen' }).count()).toBe(0);
    await lezer.page.goto('/personen');
    await lezer.page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await checkScreen(lezer.page, 'personen-geen-toegang');
    await lezer.context.close();
  });
});
