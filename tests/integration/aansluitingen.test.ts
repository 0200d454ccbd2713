import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Aansluiting } from '../../common/api/aansluitingen.js';
import { csvInhoud, postAansluiting, xlsxInhoud } from '../factories/aansluitingen.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie } from '../factories/index.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { createTestApp, type TestApp } from '../setup/app.js';

let t: TestApp;
let d: Awaited<ReturnType<typeof buildDriehoek>>;
let as: Record<string, string>;
let opdrachten: Record<string, string>;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * A fresh driehoek of an agency "UWV" with four opdrachten in its register, and an opdrachtgever
 * to act as: decisions hold for a driehoek, so each test starts from none.
 */
beforeEach(async () => {
  const uwv = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie', naam: `Uitvoeringsinstituut Werknemersverzekeringen ${++n}`, afkorting: 'UWV' });
  d = await buildDriehoek(t.db, { uitvoeringsorganisatieId: uwv.id });
  as = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', d.opdrachtgevers[0]!.id)).persoon.id);
  const register: [string, string, number][] = [
    ['UWV-1', 'Implementatie Wet arbeidsmarkt in balans', 120_000_000],
    ['UWV-2', 'Indexatie WW 2026', 5_000_000],
    ['UWV-3', 'Indexatie WW 2027', 5_200_000],
    ['UWV-4', 'Beheer polisadministratie', 40_000_000],
  ];
  opdrachten = {};
  for (const [kenmerk, titel, budget] of register) {
    const o = await buildOpdracht(t.db, d, { titel, kenmerkUitvoerder: kenmerk, startdatum: '2026-01-01', einddatum: '2026-12-31', jaren: [[2026, budget, 2]] });
    opdrachten[kenmerk] = o.id;
  }
});

/** The agency's own list: other headers, its own kenmerken, a row of another agency. */
const lijstUitvoerder = (extra: string[] = []) => ({
  soort: 'lijst-uitvoerder',
  bestandsnaam: 'uwv-opdrachten.csv',
  inhoud: csvInhoud([
    'Zaaknummer;Omschrijving opdracht;Organisatie;Bedrag;Status',
    'UWV-1;Impl. Wet arbeidsmarkt in balans;UWV;€ 1.150.000,00;concept',
    ';Indexatie WW 2027;UWV;52.000;concept',
    ';Vernieuwing Werkmap fase 1;UWV;1,2 mln;concept',
    ';Indexatie AOW 2027;SVB;80.000;concept',
    ...extra,
  ]),
  kolommen: { titel: 'Omschrijving opdracht', kenmerk: 'Zaaknummer', uitvoeringsorganisatie: 'Organisatie', budget: 'Bedrag' },
});

async function maak(body: object = { driehoekId: d.driehoek.id, links: { soort: 'register' }, rechts: lijstUitvoerder() }) {
  const response = await postAansluiting(t, as, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Aansluiting>();
}

describe('POST /api/v1/aansluitingen', () => {
  it('reconciles the register with the agency list: pairs with reasons, differences in cents, rows on one side only', async () => {
    const a = await maak();
    expect(a.links).toEqual({ soort: 'register', bestandsnaam: null, aantalRijen: 4, buitenDriehoek: 0 });
    expect(a.rechts).toEqual({ soort: 'lijst-uitvoerder', bestandsnaam: 'uwv-opdrachten.csv', aantalRijen: 3, buitenDriehoek: 1 });
    expect(a.gekoppeld).toEqual([
      {
        links: 1, rechts: 2, score: expect.any(Number), herkomst: 'voorgesteld', reden: expect.stringMatching(/^zelfde kenmerk, titel lijkt/),
        verschillen: [{ veld: 'budget', links: 120_000_000, rechts: 115_000_000 }],
      },
      { links: 3, rechts: 3, score: expect.any(Number), herkomst: 'voorgesteld', reden: expect.stringContaining('titel komt overeen'), verschillen: [] },
    ]);
    expect(a.alleenLinks).toEqual([2, 4]);
    expect(a.alleenRechts).toEqual([4]);
    expect(a.volledigheid).toBe(0.571);
    expect(a.rijen.links[0]).toMatchObject({ rij: 1, opdrachtId: opdrachten['UWV-1'], kenmerk: 'UWV-1', budgetPerJaar: { 2026: 120_000_000 } });
    expect(a.aangemaaktDoor.naam).toBeTruthy();
  });

  it('answers 201 with Location, and the same aansluiting again for the same Idempotency-Key', async () => {
    const body = { driehoekId: d.driehoek.id, links: { soort: 'register' }, rechts: lijstUitvoerder() };
    const eerste = await postAansluiting(t, as, body, 'zelfde-sleutel');
    const tweede = await postAansluiting(t, as, body, 'zelfde-sleutel');
    expect(eerste.headers.location).toBe(`/api/v1/aansluitingen/${eerste.json().id}`);
    expect(tweede.statusCode).toBe(201);
    expect(tweede.headers['idempotency-replayed']).toBe('true');
    expect(tweede.json().id).toBe(eerste.json().id);
    const ander = await postAansluiting(t, as, { ...body, links: lijstUitvoerder() }, 'zelfde-sleutel');
    expect(ander.statusCode).toBe(409);
    expect(ander.json().code).toBe('idempotency-key-hergebruikt');
  });

  it('refuses a request without Idempotency-Key', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/aansluitingen', headers: as, payload: { driehoekId: d.driehoek.id, links: { soort: 'register' }, rechts: { soort: 'register' } } });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: 'idempotency-key' })]);
  });

  it('reconciles two xlsx lists', async () => {
    const links = await xlsxInhoud([['Kenmerk', 'Titel', 'Budget 2027'], ['OPD-1', 'Indexatie WW 2027', 52_000], ['OPD-2', 'Beheer Werkmap', 10_000]]);
    const rechts = await xlsxInhoud([['Kenmerk opdrachtgever', 'Naam opdracht', 'Begroting 2027'], ['opd 1', 'Indexatie WW 2027', 52_000]]);
    const a = await maak({
      driehoekId: d.driehoek.id,
      links: { soort: 'lijst-opdrachtgever', bestandsnaam: 'szw.xlsx', inhoud: links },
      rechts: { soort: 'lijst-uitvoerder', bestandsnaam: 'uwv.xlsx', inhoud: rechts },
    });
    expect(a.gekoppeld.map((k) => [k.links, k.rechts, k.reden.split(',')[0]])).toEqual([[2, 2, 'zelfde kenmerk']]);
    expect(a.alleenLinks).toEqual([3]);
  });

  it.each([
    ['an unreadable file', { soort: 'lijst-uitvoerder', bestandsnaam: 'kapot.xlsx', inhoud: Buffer.from('PK\u0003\u0004 kapot').toString('base64') }, 'rechts.inhoud'],
    ['a mapping to a missing column', { ...lijstUitvoerder(), kolommen: { titel: 'Onderwerp' } }, 'rechts.kolommen'],
    ['a file that is no base64', { soort: 'lijst-uitvoerder', bestandsnaam: 'a.csv', inhoud: 'geen base64!' }, 'rechts.inhoud'],
  ])('answers 400 for %s, naming the side', async (_naam, rechts, veld) => {
    const response = await postAansluiting(t, as, { driehoekId: d.driehoek.id, links: { soort: 'register' }, rechts });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(veld);
  });

  it('answers 400 for an unknown driehoek', async () => {
    const response = await postAansluiting(t, as, { driehoekId: '01900000-0000-7000-8000-000000000000', links: { soort: 'register' }, rechts: { soort: 'register' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([{ name: 'driehoekId', code: 'onbekend', reason: 'deze driehoek bestaat niet' }]);
  });
});

describe('beslissingen', () => {
  const beslis = (id: string, body: object) => t.app.inject({ method: 'POST', url: `/api/v1/aansluitingen/${id}/beslissingen`, headers: as, payload: body });
  const lees = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/aansluitingen/${id}`, headers: as })).json<Aansluiting>();

  it('confirms, rejects and links by hand; the result changes at once and the next aansluiting starts from it', async () => {
    const a = await maak();
    const bevestigd = await beslis(a.id, { soort: 'bevestigd', links: 1, rechts: 2 });
    expect(bevestigd.statusCode, bevestigd.body).toBe(201);
    expect(bevestigd.json()).toMatchObject({ aansluitingId: a.id, soort: 'bevestigd', links: 1, rechts: 2 });
    expect((await beslis(a.id, { soort: 'afgewezen', links: 3, rechts: 3 })).statusCode).toBe(201);
    expect((await beslis(a.id, { soort: 'handmatig', links: 2, rechts: 3 })).statusCode).toBe(201);

    const na = await lees(a.id);
    expect(na.gekoppeld.map((k) => [k.links, k.rechts, k.herkomst])).toEqual([[1, 2, 'bevestigd'], [2, 3, 'handmatig']]);
    expect(na.gekoppeld[0]!.reden).toMatch(/^bevestigd door een beoordelaar, zelfde kenmerk/);
    expect(na.alleenLinks).toEqual([3, 4]);
    expect(na.version).toBe(a.version + 3);

    // The agency's updated list: rows moved, one added. The decisions still hold.
    const volgende = await maak({
      driehoekId: d.driehoek.id,
      links: { soort: 'register' },
      rechts: {
        ...lijstUitvoerder(),
        inhoud: csvInhoud([
          'Zaaknummer;Omschrijving opdracht;Organisatie;Bedrag;Status',
          ';Beheer polisadministratie;UWV;400.000;concept',
          ';Indexatie WW 2027;UWV;52.000;concept',
          'UWV-1;Impl. Wet arbeidsmarkt in balans;UWV;€ 1.150.000,00;concept',
        ]),
      },
    });
    expect(volgende.gekoppeld.map((k) => [k.links, k.rechts, k.herkomst])).toEqual([[1, 4, 'bevestigd'], [2, 3, 'handmatig'], [4, 2, 'voorgesteld']]);
    expect(volgende.alleenLinks).toEqual([3]);
  });

  it('answers 409 when confirming rows that are not paired, or linking a row that is fixed', async () => {
    const a = await maak();
    const response = await beslis(a.id, { soort: 'bevestigd', links: 2, rechts: 3 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('koppeling-niet-voorgesteld');
    await beslis(a.id, { soort: 'bevestigd', links: 3, rechts: 3 });
    const vast = await beslis(a.id, { soort: 'handmatig', links: 2, rechts: 3 });
    expect(vast.statusCode).toBe(409);
    expect(vast.json().code).toBe('rij-al-gekoppeld');
  });

  it('answers 400 for a row that is not in the aansluiting', async () => {
    const a = await maak();
    const response = await beslis(a.id, { soort: 'handmatig', links: 99, rechts: 2 });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([{ name: 'links', code: 'onbekende-rij', reason: 'rij 99 staat niet in de linkerlijst van deze aansluiting' }]);
  });

  it('records each decision in the audit trail of the aansluiting', async () => {
    const a = await maak();
    await beslis(a.id, { soort: 'afgewezen', links: 1, rechts: 2 });
    const audit = await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=aansluiting&id=${a.id}`, headers: as });
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().items.map((e: { actie: string }) => e.actie).sort()).toEqual(['aansluiting.aangemaakt', 'aansluiting.afgewezen']);
  });
});

describe('GET /api/v1/aansluitingen and export', () => {
  it('lists summaries of the driehoek, newest first', async () => {
    await maak();
    t.clock.advance(60_000);
    const a = await maak();
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/aansluitingen?driehoekId=${d.driehoek.id}&pageSize=1`, headers: as });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: a.id, aantalGekoppeld: 2, links: { aantalRijen: 4 }, rechts: { aantalRijen: 3 } });
    expect(page.items[0].rijen).toBeUndefined();
    expect(page._links.next).toBeDefined();
  });

  it('exports three sheets: gekoppeld with differences, alleen links, alleen rechts', async () => {
    const a = await maak();
    const response = await t.app.inject({
      method: 'GET', url: `/api/v1/aansluitingen/${a.id}/export`,
      headers: { ...as, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="aansluiting-.*\.xlsx"$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Gekoppeld', 'Alleen links', 'Alleen rechts']);
    const gekoppeld = wb.getWorksheet('Gekoppeld')!;
    expect(gekoppeld.rowCount).toBe(3);
    expect(gekoppeld.getRow(2).getCell(8).value).toMatch(/^budget: €\s1\.200\.000,00 ↔ €\s1\.150\.000,00$/);
    expect(wb.getWorksheet('Alleen links')!.getRow(2).getCell(3).value).toBe('Indexatie WW 2026');
    expect(wb.getWorksheet('Alleen rechts')!.getRow(2).getCell(3).value).toBe('Vernieuwing Werkmap fase 1');
  });

  it('answers 406 when the caller accepts only JSON', async () => {
    const a = await maak();
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/aansluitingen/${a.id}/export`, headers: { ...as, accept: 'application/json' } });
    expect(response.statusCode).toBe(406);
  });
});
