import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, launchBrowser, openPage, settle, type TestPage } from './browser.js';

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

describe('organisaties', () => {
  it('lists, searches, filters, sorts and pages on the server, announcing the count', async () => {
    const { page } = t;
    await page.goto('/organisaties');
    await checkScreen(page, 'organisaties');
    await page.getByLabel('Zoek op naam of afkorting').fill('directie');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.waitForURL(/q=directie/);
    await settle(page);
    await expect.poll(() => page.getByTestId('live-region').textContent()).toMatch(/\d+ resultaten/);
    await page.getByLabel('Soort').selectOption('ministerie');
    await page.getByLabel('Zoek op naam of afkorting').fill('');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.waitForURL(/soort=ministerie/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(5);
    const naamKop = page.getByRole('columnheader', { name: /Naam/ });
    expect(await naamKop.getAttribute('aria-sort')).toBe('ascending');
    await naamKop.getByRole('button').click();
    await page.waitForURL(/sort=-naam/);
    await expect.poll(() => naamKop.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => {
      const namen = await page.locator('tbody th').allTextContents();
      return namen.length === 5 && namen.join() === [...namen].sort((a, b) => b.localeCompare(a, 'nl')).join();
    }).toBe(true);

    await page.goto('/organisaties?pageSize=25');
    await settle(page);
    expect(await page.getByText(/Pagina 1 van \d+/).count()).toBe(1);
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText(/Pagina 2 van/).waitFor();
  });

  it('exports the current view, all pages, to CSV and XLSX', async () => {
    const { page } = t;
    await page.goto('/organisaties?soort=directie&sort=naam&pageSize=25');
    await settle(page);
    const totaal = Number((await page.getByText(/\d+ resultaten/).first().textContent())!.match(/(\d+)/)![1]);
    expect(totaal).toBeGreaterThan(25);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^organisaties-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('Naam,Afkorting,Soort,Plaats in de organisatie,Status,Actief tot');
    expect(csv).toHaveLength(totaal + 1);
    expect(csv.slice(1).every((line) => line.includes('Directie'))).toBe(true);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als Excel (XLSX)' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsxDownload.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Naam');
    expect(sheet.rowCount).toBe(totaal + 1);
    await page.getByTestId('live-region').filter({ hasText: 'Export klaar' }).waitFor();
  });

  it('shows the tree and a detail page with the people and roles at an organisation', async () => {
    const { page } = t;
    await page.goto('/organisaties/boom');
    await checkScreen(page, 'organisaties-boom');
    await page.locator('.dh-tree a', { hasText: 'Bestuursstaf SZW' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bestuursstaf SZW' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mensen en rollen' }).waitFor();
    await checkScreen(page, 'organisatie-detail');
  });

  it('creates an organisation with errors first shown next to the fields, then edits it', async () => {
    const { page } = t;
    await page.goto('/organisaties/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' }).waitFor();
    await checkScreen(page, 'organisatie-nieuw');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.dh-error-summary').waitFor();
    await checkScreen(page, 'organisatie-nieuw-fouten');
    await page.getByLabel(/^Naam/).fill('Directie Proef en Test');
    await page.getByLabel(/^Afkorting/).fill('DPT');
    await page.getByLabel(/^Soort/).selectOption('directie');
    const dgWerk = await page.getByLabel(/^Valt onder/).locator('option', { hasText: /› Directoraat-generaal Werk$/ }).getAttribute('value');
    await page.getByLabel(/^Valt onder/).selectOption(dgWerk!);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directie Proef en Test' }).waitFor();
    expect(t.problems).toEqual([]);
  });

  it('on a stale save tells the user someone else changed it and reloads without losing their input', async () => {
    const { page } = t;
    const id = page.url().split('/').pop()!;
    await page.getByRole('link', { name: 'Wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisatie wijzigen' }).waitFor();
    await page.getByLabel(/^Naam/).fill('Directie Proef en Test (mijn versie)');
    // Someone else saves first.
    const status = await page.evaluate(async (orgId) => {
      const current = await (await fetch(`/api/v1/organisaties/${orgId}`)).json();
      const response = await fetch(`/api/v1/organisaties/${orgId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${current.version}"` },
        body: JSON.stringify({ afkorting: 'DPT2' }),
      });
      return response.status;
    }, id);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand anders heeft dit item gewijzigd' });
    await dialog.waitFor();
    await checkScreen(page, 'conflict-412');
    await dialog.getByRole('button', { name: /Nieuwste versie laden/ }).click();
    await page.getByText('De nieuwste versie is geladen').waitFor();
    expect(await page.getByLabel(/^Naam/).inputValue()).toBe('Directie Proef en Test (mijn versie)');
    expect(await page.locator('.utrecht-alert').first().textContent()).toContain('Afkorting: DPT2');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directie Proef en Test (mijn versie)' }).waitFor();
  });
});
