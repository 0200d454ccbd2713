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
