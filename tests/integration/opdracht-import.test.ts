import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opdrachten } from '../../server/db/schema/index.js';
import { buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { csvBestand, uploadImport, voerUit, XLSX, xlsxBestand } from '../factories/opdracht-import.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

let t: TestApp;
let dh: Awaited<ReturnType<typeof buildDriehoek>>;
let og: Record<string, string>;
let beheerder: Record<string, string>;

const KOP = ['Kenmerk', 'Titel', 'Begroting 2027', 'FTE 2027', 'Startdatum', 'Einddatum', 'Soort'];

async function aantalOpdrachten() {
  const rows = await t.db.select({ n: sql<number>`count(*)::int` }).from(opdrachten).where(eq(opdrachten.driehoekId, dh.driehoek.id));
  return rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  dh = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  const persoon = await buildRolhouder(t.db, 'opdrachtgever', dh.opdrachtgevers[0]!.id, { driehoekId: dh.driehoek.id });
  og = await sessieHeaders(t, persoon.persoon.id);
  const admin = await buildPersoonMetRol(t.db, 'beheerder');
  beheerder = await sessieHeaders(t, admin.persoon.id);
});
afterAll(() => t.close());

describe('preview', () => {
  it('recognises the columns, validates every row and writes nothing', async () => {
    const bestand = csvBestand([
      KOP,
      ['U-1', 'Indexatie toeslagen', '€ 1.250.000,00', '2,5', '1-1-2027', '31 december 2027', 'Wijziging'],
      ['U-2', 'Herijking', '1,2 mln', '', '1-2-2027', '', 'project'],
    ]);
    const response = await uploadImport(t, og, bestand, { zijde: 'uitvoerder', uitvoeringsorganisatieId: dh.uitvoeringsorganisatieId, opdrachtgeverId: dh.opdrachtgevers[0]!.id, bestandsnaam: 'lijst.csv' });
    expect(response.statusCode, response.body).toBe(201);
    const body = json<Record<string, unknown>>(response);
    expect(response.headers.location).toBe(`/api/v1/opdracht-imports/${body.id as string}`);
    expect(body).toMatchObject({
      status: 'voorbereid',
      kopRij: 1,
      mapping: { kenmerk: 'Kenmerk', titel: 'Titel', 'budget.2027': 'Begroting 2027', 'fte.2027': 'FTE 2027', startdatum: 'Startdatum', einddatum: 'Einddatum', soort: 'Soort' },
      aantallen: { rijen: 2, opdrachten: 2, nieuw: 2, bijwerken: 0, ongewijzigd: 0, ongeldig: 0 },
      isUitvoerbaar: true,
      problemen: [],
      rijen: [
        { rij: 2, actie: 'nieuw', kenmerk: 'U-1', titel: 'Indexatie toeslagen', opdrachtId: null },
        { rij: 3, actie: 'nieuw', kenmerk: 'U-2', titel: 'Herijking', opdrachtId: null },
      ],
    });
    expect(await aantalOpdrachten()).toBe(0);
    const get = await t.app.inject({ method: 'GET', url: `/api/v1/opdracht-imports/${body.id as string}`, headers: og });
    expect(get.statusCode).toBe(200);
    expect(json(get).aantallen).toEqual(body.aantallen);
  });
});

describe('commit', () => {
  it('creates the opdrachten with budget and fte per year, kenmerk of the importing side', async () => {
    const bestand = await xlsxBestand([
      ['Zaaknummer', 'Naam opdracht', 'Begroting 2026', 'Begroting 2027', 'Opdrachtgever', 'Startdatum', 'Einddatum'],
      ['X-1', 'Digitalisering', 500_000, '€ 750.000', dh.opdrachtgevers[0]!.naam, new Date(Date.UTC(2026, 0, 1)), '31-12-2027'],
    ]);
    const preview = await uploadImport(t, og, bestand, { zijde: 'uitvoerder', uitvoeringsorganisatieId: dh.uitvoeringsorganisatieId, bestandsnaam: 'lijst.xlsx' }, XLSX);
    expect(preview.statusCode, preview.body).toBe(201);
    const commit = await voerUit(t, og, json(preview).id as string, 'sleutel-xlsx');
    expect(commit.statusCode, commit.body).toBe(201);
    const result = json<{ aantallen: Record<string, number>; rijen: { opdrachtId: string }[] }>(commit);
    expect(result.aantallen).toMatchObject({ nieuw: 1 });
    const opdracht = await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${result.rijen[0]!.opdrachtId}`, headers: og });
    expect(json(opdracht)).toMatchObject({
      titel: 'Digitalisering',
      kenmerkUitvoerder: 'X-1',
      kenmerkOpdrachtgever: null,
      opdrachtgeverId: dh.opdrachtgevers[0]!.id,
      startdatum: '2026-01-01',
      einddatum: '2027-12-31',
      soort: 'overig',
      status: 'concept',
      jaren: [{ jaar: 2026, budget: 50_000_000, fte: null }, { jaar: 2027, budget: 75_000_000, fte: null }],
    });
  });
});

function previewQuery(extra: Record<string, string | number> = {}) {
  return { zijde: 'uitvoerder', uitvoeringsorganisatieId: dh.uitvoeringsorganisatieId, opdrachtgeverId: dh.opdrachtgevers[0]!.id, bestandsnaam: 'lijst.csv', ...extra };
}

async function voorbereid(bestand: Buffer, extra: Record<string, string | number> = {}, headers = og) {
  const response = await uploadImport(t, headers, bestand, previewQuery(extra));
  expect(response.statusCode, response.body).toBe(201);
  return json<{ id: string; isUitvoerbaar: boolean; aantallen: Record<string, number>; problemen: { rij: number; kolom: string | null; code: string; melding: string }[]; rijen: { rij: number; actie: string; opdrachtId: string | null; opmerkingen: string[] }[] }>(response);
}

describe('bad rows', () => {
  it('reports every bad value with row and column, and the commit writes nothing', async () => {
    const voor = await aantalOpdrachten();
    const preview = await voorbereid(csvBestand([
      KOP,
      ['B-1', 'Goede rij', '1.000', '1', '1-1-2027', '31-12-2027', 'Project'],
      ['B-2', 'Slecht bedrag', '12,3,4', 'veel', '31-02-2027', '', 'Hobby'],
      ['B-3', '', '', '', '', '', ''],
      ['B-4', 'Eind voor start', '', '', '1-6-2027', '1-1-2027', ''],
    ]));
    expect(preview.isUitvoerbaar).toBe(false);
    expect(preview.aantallen).toMatchObject({ nieuw: 1, ongeldig: 3 });
    expect(preview.problemen.map((p) => p.melding)).toEqual([
      "Rij 3, kolom 'Begroting 2027' (C): '12,3,4': scheidingstekens kloppen niet",
      "Rij 3, kolom 'FTE 2027' (D): 'veel' is geen aantal fte",
      "Rij 3, kolom 'Startdatum' (E): '31-02-2027' is geen bestaande datum",
      "Rij 3, kolom 'Soort' (G): 'Hobby' is geen bekende soort; kies uit staande taak, wijziging, wetgeving, project of overig",
      "Rij 4, kolom 'Titel' (B): een nieuwe opdracht heeft een titel nodig",
      "Rij 5, kolom 'Einddatum' (F): de einddatum ligt vóór de startdatum",
    ]);
    const commit = await voerUit(t, og, preview.id, 'sleutel-slecht');
    expect(commit.statusCode).toBe(400);
    const problem = json<{ code: string; aantalProblemen: number; invalidParams: { name: string }[] }>(commit);
    expect(problem.code).toBe('import-ongeldig');
    expect(problem.aantalProblemen).toBe(6);
    expect(problem.invalidParams[0]!.name).toBe('rij 3, Begroting 2027');
    expect(await aantalOpdrachten()).toBe(voor);
  });

  it('validates again at commit: a kenmerk taken since the preview aborts the whole import', async () => {
    const voor = await aantalOpdrachten();
    const preview = await voorbereid(csvBestand([
      ['Kenmerk', 'Kenmerk opdrachtgever', 'Titel'],
      ['A-1', 'OG-77', 'Eerste'],
      ['A-2', 'OG-78', 'Tweede'],
    ]));
    expect(preview.isUitvoerbaar).toBe(true);
    await buildOpdracht(t.db, dh, { kenmerkOpdrachtgever: 'OG-78', titel: 'Intussen vastgelegd' });
    const commit = await voerUit(t, og, preview.id, 'sleutel-race');
    expect(commit.statusCode).toBe(400);
    expect(json<{ problemen: { melding: string }[] }>(commit).problemen.map((p) => p.melding)).toEqual([
      "Rij 3, kolom 'Kenmerk opdrachtgever' (B): het kenmerk 'OG-78' hoort al bij een andere opdracht (Intussen vastgelegd)",
    ]);
    expect(await aantalOpdrachten()).toBe(voor + 1);
    // The key stored nothing: after the fix the same key may be used again.
    await t.db.delete(opdrachten).where(eq(opdrachten.kenmerkOpdrachtgever, 'OG-78'));
    expect((await voerUit(t, og, preview.id, 'sleutel-race')).statusCode).toBe(201);
    expect(await aantalOpdrachten()).toBe(voor + 2);
  });
});

describe('idempotency', () => {
  it('replays the first answer for the same key and writes nothing new', async () => {
    const preview = await voorbereid(csvBestand([['Kenmerk', 'Titel'], ['I-1', 'Eenmalig']]));
    const eerste = await voerUit(t, og, preview.id, 'sleutel-1');
    expect(eerste.statusCode).toBe(201);
    const na = await aantalOpdrachten();
    const tweede = await voerUit(t, og, preview.id, 'sleutel-1');
    expect(tweede.statusCode).toBe(201);
    expect(tweede.headers['idempotency-replayed']).toBe('true');
    expect(tweede.json()).toEqual(eerste.json());
    expect(await aantalOpdrachten()).toBe(na);
  });

  it('refuses the same key for another import (409) and a second commit with a new key (409)', async () => {
    const a = await voorbereid(csvBestand([['Kenmerk', 'Titel'], ['I-2', 'Een']]));
    const b = await voorbereid(csvBestand([['Kenmerk', 'Titel'], ['I-3', 'Twee']]));
    expect((await voerUit(t, og, a.id, 'sleutel-2')).statusCode).toBe(201);
    const hergebruikt = await voerUit(t, og, b.id, 'sleutel-2');
    expect(hergebruikt.statusCode).toBe(409);
    expect(json(hergebruikt).code).toBe('idempotency-key-hergebruikt');
    const nogmaals = await voerUit(t, og, a.id, 'sleutel-3');
    expect(nogmaals.statusCode).toBe(409);
    expect(json(nogmaals).code).toBe('import-al-uitgevoerd');
  });

  it('keeps keys per caller: another person with the same key does not get my answer', async () => {
    const collega = await buildRolhouder(t.db, 'opdrachtgever', dh.opdrachtgevers[0]!.id, { driehoekId: dh.driehoek.id });
    const headers = await sessieHeaders(t, collega.persoon.id);
    const mijn = await voorbereid(csvBestand([['Kenmerk', 'Titel'], ['I-4', 'Mijn']]));
    const zijn = await voorbereid(csvBestand([['Kenmerk', 'Titel'], ['I-5', 'Zijn']]), {}, headers);
    expect((await voerUit(t, og, mijn.id, 'gedeelde-sleutel')).statusCode).toBe(201);
    const antwoord = await voerUit(t, headers, zijn.id, 'gedeelde-sleutel');
    expect(antwoord.statusCode).toBe(201);
    expect(antwoord.headers['idempotency-replayed']).toBeUndefined();
  });

  it('asks for an Idempotency-Key', async () => {
    const preview = await voorbereid(csvBestand([['Kenmerk', 'Titel'], ['I-6', 'Zonder sleutel']]));
    const response = await voerUit(t, og, preview.id);
    expect(response.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string }[] }>(response).invalidParams[0]!.name).toBe('idempotency-key');
  });
});

describe('update by kenmerk', () => {
  it('updates the opdrachten the side knows by its kenmerk instead of duplicating them', async () => {
    const lijst = (budget: string, titel: string) => csvBestand([
      ['Kenmerk', 'Titel', 'Begroting 2027', 'Status'],
      ['K-1', titel, budget, 'Concept'],
      ['K-2', 'Blijft gelijk', '500', ''],
    ]);
    const eerste = await voorbereid(lijst('1.000', 'Oude titel'));
    const gemaakt = json<{ rijen: { opdrachtId: string }[] }>(await voerUit(t, og, eerste.id, 'k-1'));
    const voor = await aantalOpdrachten();

    const tweede = await voorbereid(lijst('2.000', 'Nieuwe titel'));
    expect(tweede.aantallen).toMatchObject({ nieuw: 0, bijwerken: 1, ongewijzigd: 1 });
    expect(tweede.rijen.map((r) => [r.actie, r.opdrachtId])).toEqual([['bijwerken', gemaakt.rijen[0]!.opdrachtId], ['ongewijzigd', gemaakt.rijen[1]!.opdrachtId]]);
    expect((await voerUit(t, og, tweede.id, 'k-2')).statusCode).toBe(201);
    expect(await aantalOpdrachten()).toBe(voor);
    const opdracht = json(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${gemaakt.rijen[0]!.opdrachtId}`, headers: og }));
    expect(opdracht).toMatchObject({ titel: 'Nieuwe titel', version: 2, jaren: [{ jaar: 2027, budget: 200_000 }] });
  });

  it('keeps stored values for empty cells and says it does not take over a status', async () => {
    const bestaand = await buildOpdracht(t.db, dh, { kenmerkUitvoerder: 'K-9', titel: 'Bestaand', omschrijving: 'Blijft', status: 'afgesproken', jaren: [[2026, 100, 1]] });
    const preview = await voorbereid(csvBestand([['Kenmerk', 'Titel', 'Omschrijving', 'Begroting 2027', 'Status'], ['K-9', 'Bestaand', '', '300', 'Afgerond']]));
    expect(preview.rijen[0]).toMatchObject({ actie: 'bijwerken', opdrachtId: bestaand.id });
    expect(preview.rijen[0]!.opmerkingen[0]).toMatch(/status in het bestand \(afgerond\) wordt bij bijwerken niet overgenomen/);
    expect((await voerUit(t, og, preview.id, 'k-9')).statusCode).toBe(201);
    const opdracht = json(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${bestaand.id}`, headers: og }));
    expect(opdracht).toMatchObject({ omschrijving: 'Blijft', status: 'afgesproken', jaren: [{ jaar: 2026, budget: 100, fte: 1 }, { jaar: 2027, budget: 30_000, fte: null }] });
  });

  it('merges rows of one kenmerk with a jaar column into one opdracht with several years', async () => {
    const preview = await voorbereid(csvBestand([
      ['Kenmerk', 'Titel', 'Jaar', 'Bedrag', 'Fte'],
      ['J-1', 'Meerjarig', '2026', '1.000', '1'],
      ['J-1', 'Meerjarig', '2027', '2.000', '1,5'],
      ['J-2', 'Dubbel', '', '5', ''],
      ['J-2', 'Dubbel', '', '6', ''],
    ]), { jaar: 2026 });
    expect(preview.rijen.map((r) => [r.rij, r.actie])).toEqual([[2, 'nieuw'], [4, 'ongeldig']]);
    expect(preview.problemen.map((p) => p.melding)).toEqual([
      "Rij 5, kolom 'Kenmerk' (A): het kenmerk 'J-2' staat ook in rij 4; geef elke opdracht één rij, of één rij per jaar met een kolom Jaar",
    ]);
  });
});

describe('organisations named in cells', () => {
  it('refuses an ambiguous name and lists the candidates', async () => {
    const a = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', parentId: dh.ministerieId, naam: 'DG Werk A', afkorting: 'DGW' });
    const b = await buildOrganisatie(t.db, { soort: 'directoraat-generaal', naam: 'DG Werk B', afkorting: 'DGW' });
    const preview = await voorbereid(csvBestand([['Kenmerk', 'Titel', 'Opdrachtgever'], ['O-1', 'Twijfel', 'DGW']]));
    expect(preview.isUitvoerbaar).toBe(false);
    const melding = preview.problemen[0]!.melding;
    expect(melding).toMatch(/^Rij 2, kolom 'Opdrachtgever' \(C\): 'DGW' past bij 2 organisaties/);
    expect(melding).toContain(a.id);
    expect(melding).toContain(b.id);
  });

  it('reports an opdrachtgever that is no corner of the driehoek (or below one)', async () => {
    const ander = await buildDriehoek(t.db);
    const preview = await voorbereid(csvBestand([['Kenmerk', 'Titel', 'Opdrachtgever'], ['O-2', 'Verkeerde hoek', ander.opdrachtgevers[0]!.naam], ['O-3', 'Onbekend', 'DG Bestaat Niet']]));
    expect(preview.problemen.map((p) => [p.rij, p.code])).toEqual([[2, 'geen-opdrachtgever-van-driehoek'], [3, 'opdrachtgever-onbekend']]);
    expect(preview.problemen[0]!.melding).toMatch(/^Rij 2, kolom 'Opdrachtgever' \(C\): .* is geen opdrachtgever in de driehoek van/);
  });

  it('lets the beheerder import for every opdrachtgever of the driehoek, the opdrachtgever only for their own', async () => {
    const bestand = csvBestand([['Kenmerk', 'Titel', 'Opdrachtgever'], ['O-4', 'Eigen', dh.opdrachtgevers[0]!.naam], ['O-5', 'Andere DG', dh.opdrachtgevers[1]!.naam]]);
    const eigen = await voorbereid(bestand);
    expect(eigen.problemen.map((p) => [p.rij, p.code])).toEqual([[3, 'geen-recht']]);
    const admin = await voorbereid(bestand, {}, beheerder);
    expect(admin.isUitvoerbaar).toBe(true);
  });
});
