import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditGebeurtenis } from '../../common/api/audit.js';
import type { OpdrachtDetail } from '../../common/api/opdrachten.js';
import { OPDRACHT_STATUSSEN, type OpdrachtStatus } from '../../common/enums.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// The state machine of an opdracht, every pair of statuses (STYLE.md rule 9).
let t: TestApp;
let beheerder: Record<string, string>;
let opdrachtgever: Record<string, string>;
let opdrachtnemer: Record<string, string>;
let d: Awaited<ReturnType<typeof buildDriehoek>>;

const TOEGESTAAN = new Set([
  'concept>afgesproken',
  'afgesproken>in-uitvoering',
  'in-uitvoering>afgerond',
  'concept>ingetrokken',
  'afgesproken>ingetrokken',
  'in-uitvoering>ingetrokken',
]);
const paren = OPDRACHT_STATUSSEN.flatMap((van) => OPDRACHT_STATUSSEN.map((naar) => [van, naar] as [OpdrachtStatus, OpdrachtStatus]));

beforeAll(async () => {
  t = await createTestApp();
  d = await buildDriehoek(t.db);
  beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  opdrachtgever = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', d.opdrachtgevers[0]!.id, { naam: 'Olga Opdrachtgever' })).persoon.id);
  opdrachtnemer = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtnemer', d.uitvoeringsorganisatieId)).persoon.id);
});
afterAll(() => t.close());

const wijzig = (id: string, naar: string, headers: Record<string, string>, version: string | null = '"1"', toelichting?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/opdrachten/${id}/statuswijzigingen`,
    headers: { ...headers, ...(version ? { 'if-match': version } : {}) },
    payload: { naar, ...(toelichting ? { toelichting } : {}) },
  });

describe('opdrachten: every status transition', () => {
  it('has exactly 25 pairs under test, 6 of them allowed', () => {
    expect(paren).toHaveLength(25);
    expect(paren.filter(([van, naar]) => TOEGESTAAN.has(`${van}>${naar}`))).toHaveLength(6);
  });

  it.each(paren.filter(([van, naar]) => TOEGESTAAN.has(`${van}>${naar}`)))('moves %s to %s and appends who and why to the history', async (van, naar) => {
    const o = await buildOpdracht(t.db, d, { status: van });
    const response = await wijzig(o.id, naar, opdrachtgever, '"1"', `Van ${van} naar ${naar}, zoals besproken.`);
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"2"');
    const body = json<OpdrachtDetail>(response);
    expect(body.status).toBe(naar);
    expect(body.statusgeschiedenis).toHaveLength(2);
    expect(body.statusgeschiedenis[1]).toMatchObject({ van, naar, doorOmschrijving: 'Olga Opdrachtgever', toelichting: `Van ${van} naar ${naar}, zoals besproken.` });
    const audit = json<{ items: AuditGebeurtenis[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=opdracht&id=${o.id}`, headers: beheerder })).items;
    expect(audit[0]).toMatchObject({ actie: 'status-gewijzigd', voor: { status: van }, na: { status: naar } });
  });

  it.each(paren.filter(([van, naar]) => !TOEGESTAAN.has(`${van}>${naar}`)))('refuses %s to %s with 409 and changes nothing', async (van, naar) => {
    const o = await buildOpdracht(t.db, d, { status: van });
    const response = await wijzig(o.id, naar, beheerder);
    expect(response.statusCode).toBe(409);
    expect(json(response)).toMatchObject({ code: 'overgang-niet-toegestaan', van, naar });
    const after = json<OpdrachtDetail>(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${o.id}`, headers: beheerder }));
    expect(after).toMatchObject({ status: van, version: 1 });
    expect(after.statusgeschiedenis).toHaveLength(1);
  });
});

describe('opdrachten: status changes need the current version', () => {
  it('answers 428 without If-Match and 412 with a stale one', async () => {
    const o = await buildOpdracht(t.db, d);
    expect((await wijzig(o.id, 'afgesproken', opdrachtgever, null)).statusCode).toBe(428);
    expect((await wijzig(o.id, 'afgesproken', opdrachtgever, '"2"')).statusCode).toBe(412);
  });

  it('walks the whole happy path and lists the next steps at every stage', async () => {
    const o = await buildOpdracht(t.db, d);
    const stappen: [OpdrachtStatus, OpdrachtStatus[]][] = [
      ['afgesproken', ['in-uitvoering', 'ingetrokken']],
      ['in-uitvoering', ['afgerond', 'ingetrokken']],
      ['afgerond', []],
    ];
    let version = 1;
    for (const [naar, volgende] of stappen) {
      const response = await wijzig(o.id, naar, opdrachtgever, `"${version++}"`);
      expect(json(response)).toMatchObject({ status: naar, toegestaneOvergangen: volgende });
    }
    const detail = json<OpdrachtDetail>(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${o.id}`, headers: beheerder }));
    expect(detail.statusgeschiedenis.map((s) => `${s.van ?? ''}>${s.naar}`)).toEqual(['>concept', 'concept>afgesproken', 'afgesproken>in-uitvoering', 'in-uitvoering>afgerond']);
  });

  it('lets the agency start agreed work, and nothing else (403)', async () => {
    const afgesproken = await buildOpdracht(t.db, d, { status: 'afgesproken' });
    expect(json(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${afgesproken.id}`, headers: opdrachtnemer })).toegestaneOvergangen).toEqual(['in-uitvoering']);
    expect((await wijzig(afgesproken.id, 'in-uitvoering', opdrachtnemer)).statusCode).toBe(201);
    const concept = await buildOpdracht(t.db, d);
    expect((await wijzig(concept.id, 'afgesproken', opdrachtnemer)).statusCode).toBe(403);
    const lopend = await buildOpdracht(t.db, d, { status: 'in-uitvoering' });
    expect((await wijzig(lopend.id, 'afgerond', opdrachtnemer)).statusCode).toBe(403);
    expect((await wijzig(lopend.id, 'ingetrokken', opdrachtnemer)).statusCode).toBe(403);
  });
});
