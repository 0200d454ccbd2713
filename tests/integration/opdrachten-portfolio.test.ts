import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../common/api/portfolio.js';
import { driehoekOpdrachtgevers } from '../../server/db/schema/index.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildBeleidsterrein, buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// Portfolio totals checked to the cent on a small data set:
// agency U (driehoek P: DG1 with directie D1, DG2) and agency V (driehoek Q, where DG1 is also a corner).
let t: TestApp;
let p: Awaited<ReturnType<typeof buildDriehoek>>;
let q: Awaited<ReturnType<typeof buildDriehoek>>;
let dg1: { id: string; naam: string };
let dg2: { id: string };
let d1: { id: string };
let terrein: { id: string; naam: string };
const ids: Record<string, string> = {};
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  p = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  q = await buildDriehoek(t.db, { ministerieId: p.ministerieId });
  [dg1, dg2] = [p.opdrachtgevers[0]!, p.opdrachtgevers[1]!];
  await t.db.insert(driehoekOpdrachtgevers).values({ driehoekId: q.driehoek.id, organisatieId: dg1.id, isCoordinerend: false });
  d1 = await buildOrganisatie(t.db, { soort: 'directie', parentId: dg1.id });
  terrein = await buildBeleidsterrein(t.db, { naam: 'Werk' });
  ids.o1 = (await buildOpdracht(t.db, p, { titel: 'O1', opdrachtgeverId: dg1.id, beleidsterreinId: terrein.id, soort: 'project', status: 'in-uitvoering', startdatum: '2026-01-01', einddatum: '2027-12-31', jaren: [[2026, 100_000, 1.5], [2027, 200_000, 2]] })).id;
  ids.o2 = (await buildOpdracht(t.db, p, { titel: 'O2', opdrachtgeverId: d1.id, beleidsterreinId: terrein.id, soort: 'wetgeving', status: 'afgesproken', startdatum: '2027-01-01', einddatum: '2027-12-31', jaren: [[2027, 50_000, 0.5]] })).id;
  ids.o3 = (await buildOpdracht(t.db, p, { titel: 'O3', opdrachtgeverId: dg2.id, soort: 'staande-taak', status: 'concept', startdatum: '2026-01-01', einddatum: '2028-12-31', jaren: [[2026, 10_000, null], [2028, 5_000, 3.3]] })).id;
  ids.o4 = (await buildOpdracht(t.db, p, { titel: 'O4', opdrachtgeverId: dg1.id, status: 'ingetrokken', jaren: [[2026, 999_999, 9]] })).id;
  ids.o5 = (await buildOpdracht(t.db, q, { titel: 'O5', opdrachtgeverId: dg1.id, soort: 'project', status: 'in-uitvoering', jaren: [[2027, 70_000, 1]] })).id;

  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.lezer = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'lezer')).persoon.id);
  as.dg2 = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', dg2.id)).persoon.id);
  const r = await buildDriehoek(t.db);
  as.buitenstaander = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', r.opdrachtgevers[0]!.id)).persoon.id);
  as.token = await buildApiTokenHeaders(t.db, p.uitvoeringsorganisatieId);
});
afterAll(() => t.close());

const agency = async (query = '', who = 'beheerder') =>
  json<Portfolio>(await t.app.inject({ method: 'GET', url: `/api/v1/portfolio/uitvoeringsorganisaties/${p.uitvoeringsorganisatieId}${query}`, headers: as[who] }));
const commissioner = async (id: string, query = '', who = 'beheerder') =>
  json<Portfolio>(await t.app.inject({ method: 'GET', url: `/api/v1/portfolio/opdrachtgevers/${id}${query}`, headers: as[who] }));

describe('portfolio of an agency', () => {
  it('totals every opdracht but withdrawn ones per year, opdrachtgever, agency, beleidsterrein, soort and status', async () => {
    const pf = await agency();
    expect(pf.totaal).toEqual({ budget: 365_000, fte: 7.3, aantal: 3 });
    expect(pf.perJaar).toEqual([
      { jaar: 2026, budget: 110_000, fte: 1.5, aantal: 2 },
      { jaar: 2027, budget: 250_000, fte: 2.5, aantal: 2 },
      { jaar: 2028, budget: 5_000, fte: 3.3, aantal: 1 },
    ]);
    expect(pf.perOpdrachtgever.map((o) => [o.organisatie.id, o.budget, o.fte, o.aantal])).toEqual([[dg1.id, 300_000, 3.5, 1], [d1.id, 50_000, 0.5, 1], [dg2.id, 15_000, 3.3, 1]]);
    expect(pf.perOpdrachtgever[0]).toMatchObject({ organisatie: { naam: dg1.naam }, perJaar: [{ jaar: 2026, budget: 100_000, fte: 1.5, aantal: 1 }, { jaar: 2027, budget: 200_000, fte: 2, aantal: 1 }] });
    expect(pf.perUitvoeringsorganisatie).toEqual([expect.objectContaining({ organisatie: expect.objectContaining({ id: p.uitvoeringsorganisatieId }), budget: 365_000, fte: 7.3, aantal: 3 })]);
    expect(pf.perBeleidsterrein).toEqual([
      { beleidsterrein: { id: terrein.id, naam: 'Werk' }, budget: 350_000, fte: 4, aantal: 2 },
      { beleidsterrein: null, budget: 15_000, fte: 3.3, aantal: 1 },
    ]);
    expect(pf.perSoort.map((s) => [s.soort, s.budget, s.fte, s.aantal])).toEqual([['project', 300_000, 3.5, 1], ['wetgeving', 50_000, 0.5, 1], ['staande-taak', 15_000, 3.3, 1]]);
    expect(pf.perStatus.map((s) => [s.status, s.budget])).toEqual([['in-uitvoering', 300_000], ['afgesproken', 50_000], ['concept', 15_000]]);
    expect(pf.tijdlijn.map((o) => [o.titel, o.startdatum, o.einddatum, o.status])).toEqual([
      ['O1', '2026-01-01', '2027-12-31', 'in-uitvoering'],
      ['O3', '2026-01-01', '2028-12-31', 'concept'],
      ['O2', '2027-01-01', '2027-12-31', 'afgesproken'],
    ]);
    expect(pf).toMatchObject({ jaarVan: null, jaarTot: null, isAlleenTotalen: false, isTijdlijnIngekort: false });
  });

  it('counts only the years in the window, and every opdracht that runs in it', async () => {
    const pf = await agency('?jaarVan=2027&jaarTot=2027');
    expect(pf).toMatchObject({ jaarVan: 2027, jaarTot: 2027, totaal: { budget: 250_000, fte: 2.5, aantal: 3 } });
    expect(pf.perJaar).toEqual([{ jaar: 2027, budget: 250_000, fte: 2.5, aantal: 2 }]);
    expect((await agency('?jaarVan=2028')).totaal).toEqual({ budget: 5_000, fte: 3.3, aantal: 1 });
  });

  it('shows one status on request, withdrawn ones included', async () => {
    expect((await agency('?status=ingetrokken')).totaal).toEqual({ budget: 999_999, fte: 9, aantal: 1 });
  });

  it('answers 404 for an unknown organisation, 400 for one that is no agency and for a window that runs backwards', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portfolio/uitvoeringsorganisaties/0192f000-0000-7000-8000-000000000000', headers: as.beheerder })).statusCode).toBe(404);
    const dg = await t.app.inject({ method: 'GET', url: `/api/v1/portfolio/uitvoeringsorganisaties/${dg1.id}`, headers: as.beheerder });
    expect(json(dg).invalidParams).toEqual([expect.objectContaining({ name: 'id', code: 'geen-uitvoeringsorganisatie' })]);
    const achteruit = await t.app.inject({ method: 'GET', url: `/api/v1/portfolio/uitvoeringsorganisaties/${p.uitvoeringsorganisatieId}?jaarVan=2028&jaarTot=2026`, headers: as.beheerder });
    expect(achteruit.statusCode).toBe(400);
  });
});

describe('portfolio of an opdrachtgever', () => {
  it('covers the organisation and everything below it, across agencies', async () => {
    const pf = await commissioner(dg1.id);
    expect(pf.totaal).toEqual({ budget: 420_000, fte: 5, aantal: 3 });
    expect(pf.perUitvoeringsorganisatie.map((u) => [u.organisatie.id, u.budget, u.fte, u.aantal])).toEqual([
      [p.uitvoeringsorganisatieId, 350_000, 4, 2],
      [q.uitvoeringsorganisatieId, 70_000, 1, 1],
    ]);
    expect(pf.perUitvoeringsorganisatie[0]!.perJaar).toEqual([{ jaar: 2026, budget: 100_000, fte: 1.5, aantal: 1 }, { jaar: 2027, budget: 250_000, fte: 2.5, aantal: 2 }]);
    expect(pf.perOpdrachtgever.map((o) => [o.organisatie.id, o.budget, o.aantal])).toEqual([[dg1.id, 370_000, 2], [d1.id, 50_000, 1]]);
    expect(pf.tijdlijn.map((o) => o.titel)).toEqual(['O1', 'O2', 'O5']);
    expect((await commissioner(d1.id)).totaal).toEqual({ budget: 50_000, fte: 0.5, aantal: 1 });
  });
});

describe('portfolio: only what the caller may see', () => {
  it('leaves out the driehoeken the caller has no part in', async () => {
    const pf = await commissioner(dg1.id, '', 'dg2');
    expect(pf.totaal).toEqual({ budget: 350_000, fte: 4, aantal: 2 });
    expect(pf.tijdlijn.map((o) => o.titel)).toEqual(['O1', 'O2']);
    const buiten = await agency('', 'buitenstaander');
    expect(buiten).toMatchObject({ totaal: { budget: 0, fte: 0, aantal: 0 }, perJaar: [], perOpdrachtgever: [], tijdlijn: [] });
  });

  it('gives a lezer the totals over every driehoek but no opdracht', async () => {
    const pf = await commissioner(dg1.id, '', 'lezer');
    expect(pf).toMatchObject({ isAlleenTotalen: true, totaal: { budget: 420_000, fte: 5, aantal: 3 }, tijdlijn: [] });
  });

  it('gives the agency token its own portfolio', async () => {
    expect((await agency('', 'token')).totaal).toEqual({ budget: 365_000, fte: 7.3, aantal: 3 });
  });
});
