import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditGebeurtenis } from '../../common/api/audit.js';
import type { OpdrachtDetail } from '../../common/api/opdrachten.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildBeleidsterrein, buildDriehoek, buildOrganisatie, buildPersoon, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// Registering, reading, editing and deleting opdrachten, with every validation rule.
let t: TestApp;
let beheerder: Record<string, string>;
let opdrachtgever: Record<string, string>;
let d: Awaited<ReturnType<typeof buildDriehoek>>;
let terrein: { id: string; naam: string };
const url = '/api/v1/opdrachten';
const onbekendId = '0192f000-0000-7000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  d = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  terrein = await buildBeleidsterrein(t.db, { naam: 'Arbeidsmarkt' });
  beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  opdrachtgever = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', d.opdrachtgevers[0]!.id)).persoon.id);
});
afterAll(() => t.close());

const geldig = (extra: object = {}) => ({
  titel: 'Invoering nieuwe WW-regels',
  opdrachtgeverId: d.opdrachtgevers[0]!.id,
  uitvoeringsorganisatieId: d.uitvoeringsorganisatieId,
  soort: 'wetgeving',
  ...extra,
});
const create = (payload: object, headers = opdrachtgever) => t.app.inject({ method: 'POST', url, headers, payload });
const patch = (id: string, version: string | undefined, payload: object, headers = opdrachtgever) =>
  t.app.inject({ method: 'PATCH', url: `${url}/${id}`, headers: { ...headers, ...(version ? { 'if-match': version } : {}) }, payload });
const read = async (id: string) => json<OpdrachtDetail>(await t.app.inject({ method: 'GET', url: `${url}/${id}`, headers: beheerder }));
const names = (response: { json(): unknown }) => (json<{ invalidParams: { name: string; code: string }[] }>(response as never).invalidParams ?? []).map((p) => `${p.name}:${p.code}`).sort();

describe('opdrachten: registering', () => {
  it('registers an opdracht with budget and fte per year, names, totals, an ETag and its first status', async () => {
    const response = await create(geldig({
      omschrijving: 'Nieuwe regels voor de WW uitvoeren.',
      beleidsterreinId: terrein.id,
      startdatum: '2026-03-01',
      einddatum: '2028-06-30',
      kenmerkOpdrachtgever: 'SZW-2026-001',
      labels: ['ww', 'wetgeving', 'ww'],
      voortgangFrequentie: 'maand',
      jaren: [{ jaar: 2027, budget: 250_000_000, fte: 12.5 }, { jaar: 2026, budget: 100_000_050, fte: 4 }, { jaar: 2028 }],
    }));
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const body = json<OpdrachtDetail>(response);
    expect(body).toMatchObject({
      titel: 'Invoering nieuwe WW-regels',
      status: 'concept',
      driehoekId: d.driehoek.id,
      opdrachtgever: { id: d.opdrachtgevers[0]!.id, naam: d.opdrachtgevers[0]!.naam },
      uitvoeringsorganisatie: { id: d.uitvoeringsorganisatieId },
      beleidsterrein: { id: terrein.id, naam: 'Arbeidsmarkt' },
      labels: ['ww', 'wetgeving'],
      voortgangFrequentie: 'maand',
      jaren: [{ jaar: 2026, budget: 100_000_050, fte: 4 }, { jaar: 2027, budget: 250_000_000, fte: 12.5 }, { jaar: 2028, budget: null, fte: null }],
      totaalBudget: 350_000_050,
      totaalFte: 16.5,
      magWijzigen: true,
      toegestaneOvergangen: ['afgesproken', 'ingetrokken'],
      laatsteVoortgangsmelding: null,
    });
    expect(body.statusgeschiedenis).toEqual([expect.objectContaining({ van: null, naar: 'concept', toelichting: 'Opdracht geregistreerd' })]);
    expect(await read(body.id)).toMatchObject({ id: body.id, version: 1, totaalBudget: 350_000_050 });
  });

  it('may register an existing opdracht in a later status', async () => {
    const response = await create(geldig({ status: 'in-uitvoering' }), beheerder);
    expect(json(response)).toMatchObject({ status: 'in-uitvoering', statusgeschiedenis: [{ van: null, naar: 'in-uitvoering' }] });
  });

  it('accepts an opdrachtgever below a corner (a directie under the DG)', async () => {
    const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: d.opdrachtgevers[0]!.id });
    expect((await create(geldig({ opdrachtgeverId: directie.id }))).statusCode).toBe(201);
  });

  it('reports every problem with the input at once', async () => {
    const anderePersoon = await buildPersoon(t.db);
    const response = await create(geldig({
      opdrachtgeverId: d.ministerieId,
      beleidsterreinId: onbekendId,
      opdrachtgeverPersoonId: anderePersoon.id,
      startdatum: '2027-01-01',
      einddatum: '2026-12-31',
      jaren: [{ jaar: 2025, budget: 1 }, { jaar: 2027, budget: 1 }, { jaar: 2027, budget: 2 }],
    }), beheerder);
    expect(response.statusCode).toBe(400);
    expect(names(response)).toEqual([
      'beleidsterreinId:onbekend',
      'einddatum:voor-startdatum',
      'jaren.2.jaar:dubbel',
      'opdrachtgeverId:geen-opdrachtgever-van-driehoek',
    ]);
  });

  it('refuses negative or fractional money, fte with two decimals and a missing titel, all at once', async () => {
    const response = await create({ ...geldig({ jaren: [{ jaar: 2026, budget: -1, fte: 1.25 }, { jaar: 2027, budget: 10.5, fte: -0.5 }] }), titel: undefined });
    expect(response.statusCode).toBe(400);
    expect(names(response)).toEqual(['jaren.0.budget:too-small', 'jaren.0.fte:custom', 'jaren.1.budget:invalid-type', 'jaren.1.fte:too-small', 'titel:invalid-type']);
  });

  it('refuses an agency without a driehoek, and an organisation that is no agency', async () => {
    const zonder = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie' });
    const response = await create(geldig({ uitvoeringsorganisatieId: zonder.id }), beheerder);
    expect(response.statusCode).toBe(400);
    expect(names(response)).toEqual(['uitvoeringsorganisatieId:geen-driehoek']);
    expect(names(await create(geldig({ uitvoeringsorganisatieId: d.ministerieId }), beheerder))).toEqual(['uitvoeringsorganisatieId:geen-uitvoeringsorganisatie']);
  });

  it('answers 409 to a kenmerk its side already uses, and allows it on the other side or for another opdrachtgever', async () => {
    expect((await create(geldig({ kenmerkOpdrachtgever: 'K-1', kenmerkUitvoerder: 'Z-1' }))).statusCode).toBe(201);
    const dubbel = await create(geldig({ kenmerkOpdrachtgever: 'K-1' }));
    expect(dubbel.statusCode).toBe(409);
    expect(json(dubbel)).toMatchObject({ code: 'kenmerk-bestaat-al', invalidParams: [{ name: 'kenmerkOpdrachtgever' }] });
    expect((await create(geldig({ kenmerkUitvoerder: 'Z-1' }))).statusCode).toBe(409);
    expect((await create(geldig({ kenmerkUitvoerder: 'K-1' }))).statusCode).toBe(201);
    expect((await create(geldig({ opdrachtgeverId: d.opdrachtgevers[1]!.id, kenmerkOpdrachtgever: 'K-1' }), beheerder)).statusCode).toBe(201);
  });
});

describe('opdrachten: editing and deleting', () => {
  it('changes only what is sent, keeps the years unless jaren is sent, and audits before and after', async () => {
    const o = await buildOpdracht(t.db, d, { startdatum: '2026-01-01', einddatum: '2027-12-31', jaren: [[2026, 500, 1], [2027, 700, 2]] });
    const response = await patch(o.id, '"1"', { titel: 'Nieuwe titel', omschrijving: null });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(json(response)).toMatchObject({ titel: 'Nieuwe titel', totaalBudget: 1200, jaren: [{ jaar: 2026 }, { jaar: 2027 }] });
    const vervangen = await patch(o.id, '"2"', { jaren: [{ jaar: 2027, budget: 900, fte: 0.5 }] });
    expect(json(vervangen)).toMatchObject({ jaren: [{ jaar: 2027, budget: 900, fte: 0.5 }], totaalBudget: 900, totaalFte: 0.5 });
    const audit = json<{ items: AuditGebeurtenis[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=opdracht&id=${o.id}`, headers: beheerder })).items;
    expect(audit.map((a) => a.actie)).toEqual(['gewijzigd', 'gewijzigd']);
    expect(audit[0]).toMatchObject({ voor: { jaren: [{ jaar: 2026 }, { jaar: 2027 }] }, na: { jaren: [{ jaar: 2027, budgetCent: 900 }] } });
  });

  it('answers 428 without If-Match and 412 with a stale one', async () => {
    const o = await buildOpdracht(t.db, d);
    expect((await patch(o.id, undefined, { titel: 'Zonder versie' })).statusCode).toBe(428);
    expect((await patch(o.id, '"7"', { titel: 'Oude versie' })).statusCode).toBe(412);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${o.id}`, headers: opdrachtgever })).statusCode).toBe(428);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${o.id}`, headers: { ...opdrachtgever, 'if-match': '"3"' } })).statusCode).toBe(412);
  });

  it('never changes the status through PATCH', async () => {
    const o = await buildOpdracht(t.db, d);
    const response = await patch(o.id, '"1"', { status: 'afgerond', titel: 'Nog steeds concept' });
    expect(json(response)).toMatchObject({ status: 'concept', titel: 'Nog steeds concept' });
  });

  it('refuses years outside the looptijd', async () => {
    const response = await create(geldig({ startdatum: '2026-07-01', einddatum: '2027-06-30', jaren: [{ jaar: 2025 }, { jaar: 2026 }, { jaar: 2028 }] }));
    expect(names(response)).toEqual(['jaren.0.jaar:buiten-looptijd', 'jaren.2.jaar:buiten-looptijd']);
  });

  it('refuses a looptijd that leaves stored years outside it', async () => {
    const o = await buildOpdracht(t.db, d, { jaren: [[2026, 1, null], [2029, 1, null]] });
    const response = await patch(o.id, '"1"', { einddatum: '2028-12-31' });
    expect(response.statusCode).toBe(400);
    expect(names(response)).toEqual(['jaren.1.jaar:buiten-looptijd']);
  });

  it('refuses to move an opdracht to an opdrachtgever outside the driehoek', async () => {
    const o = await buildOpdracht(t.db, d);
    const elders = await buildDriehoek(t.db);
    const response = await patch(o.id, '"1"', { opdrachtgeverId: elders.opdrachtgevers[0]!.id }, beheerder);
    expect(names(response)).toEqual(['opdrachtgeverId:geen-opdrachtgever-van-driehoek']);
  });

  it('deletes a concept (audited), and answers 409 for any later status', async () => {
    const concept = await buildOpdracht(t.db, d);
    const response = await t.app.inject({ method: 'DELETE', url: `${url}/${concept.id}`, headers: { ...opdrachtgever, 'if-match': '"1"' } });
    expect(response.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${concept.id}`, headers: beheerder })).statusCode).toBe(404);
    for (const status of ['afgesproken', 'in-uitvoering', 'afgerond', 'ingetrokken'] as const) {
      const o = await buildOpdracht(t.db, d, { status });
      const refused = await t.app.inject({ method: 'DELETE', url: `${url}/${o.id}`, headers: { ...opdrachtgever, 'if-match': '"1"' } });
      expect(refused.statusCode, status).toBe(409);
      expect(json(refused).code).toBe('opdracht-niet-verwijderbaar');
    }
  });

  it('answers 404 for an unknown id', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${url}/${onbekendId}`, headers: beheerder })).statusCode).toBe(404);
    expect((await patch(onbekendId, '"1"', { titel: 'Niemand' })).statusCode).toBe(404);
  });
});
