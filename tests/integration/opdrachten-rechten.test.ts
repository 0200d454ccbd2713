import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpdrachtStatus } from '../../common/enums.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht, buildVoortgangsmelding } from '../factories/opdrachten.js';
import { createTestApp, type TestApp } from '../setup/app.js';

// Role × action for opdrachten (docs/rollen-en-rechten.md, "opdrachten"): one test per cell.
// The opdracht is always one of DG0 (the coördinerende opdrachtgever corner) in driehoek A.
let t: TestApp;
let a: Awaited<ReturnType<typeof buildDriehoek>>;
let b: Awaited<ReturnType<typeof buildDriehoek>>;
let directie: { id: string };
const as: Record<string, Record<string, string>> = {};
const url = '/api/v1/opdrachten';

async function als(naam: string, ...args: Parameters<typeof buildRolhouder> extends [unknown, ...infer R] ? R : never) {
  as[naam] = await sessieHeaders(t, (await buildRolhouder(t.db, ...args)).persoon.id);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  b = await buildDriehoek(t.db, { ministerieId: a.ministerieId });
  directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: a.opdrachtgevers[0]!.id });
  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.lezer = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'lezer')).persoon.id);
  await als('opdrachtgever', 'opdrachtgever', a.opdrachtgevers[0]!.id);
  await als('coordinerend opdrachtgever', 'coordinerend-opdrachtgever', a.opdrachtgevers[0]!.id);
  await als('adviseur', 'adviseur', a.opdrachtgevers[0]!.id);
  await als('opdrachtgever bij de andere DG', 'opdrachtgever', a.opdrachtgevers[1]!.id);
  await als('opdrachtgever in een directie onder de DG', 'opdrachtgever', directie.id);
  await als('opdrachtnemer', 'opdrachtnemer', a.uitvoeringsorganisatieId);
  await als('eigenaar', 'eigenaar', a.eigenaar.id);
  await als('procescoordinator', 'procescoordinator', a.uitvoeringsorganisatieId, { driehoekId: a.driehoek.id });
  await als('opdrachtgever van een andere driehoek', 'opdrachtgever', b.opdrachtgevers[0]!.id);
  as.token = await buildApiTokenHeaders(t.db, a.uitvoeringsorganisatieId);
  as.anoniem = {};
});
afterAll(() => t.close());

const commissioners = ['opdrachtgever', 'coordinerend opdrachtgever', 'adviseur'];
const leesrecht = ['opdrachtgever bij de andere DG', 'opdrachtgever in een directie onder de DG', 'eigenaar', 'procescoordinator'];
const onzichtbaar = ['lezer', 'opdrachtgever van een andere driehoek'];
const iedereen = ['beheerder', ...commissioners, ...leesrecht, 'opdrachtnemer', 'token', ...onzichtbaar, 'anoniem'];

/** The expected status per caller: those in `ja` succeed with `ok`, the rest get what `nee` says. */
function verwacht(ja: string[], ok: number, nee: (who: string) => number) {
  return iedereen.map((who) => [who, ja.includes(who) ? ok : nee(who)] as const);
}
const weigering = (who: string) => (who === 'anoniem' ? 401 : onzichtbaar.includes(who) ? 404 : 403);

const opdracht = (status: OpdrachtStatus = 'concept') => buildOpdracht(t.db, a, { status, startdatum: '2026-01-01' });
const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, who: string, payload?: object, version = true) =>
  t.app.inject({ method, url: path, headers: { ...as[who], ...(version ? { 'if-match': '"1"' } : {}) }, ...(payload ? { payload } : {}) });

describe('opdrachten rights: reading', () => {
  it.each(verwacht(['beheerder', ...commissioners, ...leesrecht, 'opdrachtnemer', 'token'], 200, (w) => (w === 'anoniem' ? 401 : 404)))(
    'answers %s reading an opdracht and its meldingen with %i',
    async (who, status) => {
      const o = await opdracht();
      expect((await inject('GET', `${url}/${o.id}`, who, undefined, false)).statusCode).toBe(status);
      expect((await inject('GET', `${url}/${o.id}/voortgangsmeldingen`, who, undefined, false)).statusCode).toBe(status);
    },
  );
});

describe('opdrachten rights: registering', () => {
  it.each(verwacht(['beheerder', ...commissioners], 201, (w) => (w === 'anoniem' ? 401 : 403)))(
    'answers %s registering an opdracht of DG0 with %i',
    async (who, status) => {
      const payload = { titel: `Vastgelegd door ${who}`, opdrachtgeverId: a.opdrachtgevers[0]!.id, uitvoeringsorganisatieId: a.uitvoeringsorganisatieId, soort: 'project' };
      expect((await inject('POST', url, who, payload, false)).statusCode).toBe(status);
    },
  );

  it('lets a commissioner register for an organisation below their own, not above or beside it', async () => {
    const payload = (opdrachtgeverId: string) => ({ titel: 'Onder of boven', opdrachtgeverId, uitvoeringsorganisatieId: a.uitvoeringsorganisatieId, soort: 'project' });
    expect((await inject('POST', url, 'opdrachtgever', payload(directie.id), false)).statusCode).toBe(201);
    expect((await inject('POST', url, 'opdrachtgever in een directie onder de DG', payload(a.opdrachtgevers[0]!.id), false)).statusCode).toBe(403);
    expect((await inject('POST', url, 'opdrachtgever', payload(a.opdrachtgevers[1]!.id), false)).statusCode).toBe(403);
  });
});

describe('opdrachten rights: editing', () => {
  it.each(verwacht(['beheerder', ...commissioners], 200, weigering))('answers %s editing the titel with %i', async (who, status) => {
    const o = await opdracht();
    expect((await inject('PATCH', `${url}/${o.id}`, who, { titel: `Gewijzigd door ${who}` })).statusCode).toBe(status);
  });

  it.each(verwacht(['beheerder', ...commissioners, 'opdrachtnemer'], 200, weigering))('answers %s setting kenmerkUitvoerder with %i', async (who, status) => {
    const o = await opdracht();
    expect((await inject('PATCH', `${url}/${o.id}`, who, { kenmerkUitvoerder: `Z-${o.id}` })).statusCode).toBe(status);
  });

  it('lets the agency send other fields unchanged, but not change them', async () => {
    const o = await opdracht();
    expect((await inject('PATCH', `${url}/${o.id}`, 'opdrachtnemer', { titel: o.titel, kenmerkUitvoerder: 'Z-eigen' })).statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'PATCH', url: `${url}/${o.id}`, headers: { ...as.opdrachtnemer, 'if-match': '"2"' }, payload: { titel: 'Andere titel' } });
    expect(refused.statusCode).toBe(403);
  });

  it.each(verwacht(['beheerder', ...commissioners], 204, weigering))('answers %s deleting a concept with %i', async (who, status) => {
    const o = await opdracht();
    expect((await inject('DELETE', `${url}/${o.id}`, who)).statusCode).toBe(status);
  });
});

describe('opdrachten rights: status', () => {
  it.each(verwacht(['beheerder', ...commissioners], 201, weigering))('answers %s agreeing a concept (concept → afgesproken) with %i', async (who, status) => {
    const o = await opdracht();
    expect((await inject('POST', `${url}/${o.id}/statuswijzigingen`, who, { naar: 'afgesproken' })).statusCode).toBe(status);
  });

  it.each(verwacht(['beheerder', ...commissioners, 'opdrachtnemer'], 201, weigering))('answers %s starting agreed work with %i', async (who, status) => {
    const o = await opdracht('afgesproken');
    expect((await inject('POST', `${url}/${o.id}/statuswijzigingen`, who, { naar: 'in-uitvoering' })).statusCode).toBe(status);
  });

  it.each(verwacht(['beheerder', ...commissioners], 201, weigering))('answers %s completing or withdrawing work with %i', async (who, status) => {
    const klaar = await opdracht('in-uitvoering');
    expect((await inject('POST', `${url}/${klaar.id}/statuswijzigingen`, who, { naar: 'afgerond' })).statusCode).toBe(status);
    const weg = await opdracht('in-uitvoering');
    expect((await inject('POST', `${url}/${weg.id}/statuswijzigingen`, who, { naar: 'ingetrokken' })).statusCode).toBe(status);
  });
});

describe('opdrachten rights: voortgangsmeldingen', () => {
  it.each(verwacht(['beheerder', 'opdrachtnemer', 'token'], 201, weigering))('answers %s reporting progress with %i', async (who, status) => {
    const o = await opdracht('in-uitvoering');
    expect((await inject('POST', `${url}/${o.id}/voortgangsmeldingen`, who, { periode: '2026-K3', status: 'oranje', tekst: 'Vertraging in de bouw.' }, false)).statusCode).toBe(status);
  });

  it.each(verwacht(['beheerder', ...commissioners], 201, weigering))('answers %s acknowledging a melding with %i', async (who, status) => {
    const o = await opdracht('in-uitvoering');
    const melding = await buildVoortgangsmelding(t.db, o.id, { periode: '2026-K3' });
    expect((await inject('POST', `/api/v1/voortgangsmeldingen/${melding.id}/bevestigingen`, who, { reactie: 'Gezien.' }, false)).statusCode).toBe(status);
  });
});
