import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditGebeurtenis } from '../../common/api/audit.js';
import type { OpdrachtDetail } from '../../common/api/opdrachten.js';
import type { Voortgangsmelding, VoortgangOpenstaand } from '../../common/api/voortgangsmeldingen.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { buildOpdracht, buildVoortgangsmelding } from '../factories/opdrachten.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

// Voortgangsmeldingen: reporting, acknowledging, and what is open on "Mijn driehoek".
// The test clock stands at 2026-11-29: the last completed month is 2026-10, quarter 2026-K3, half 2026-H1.
let t: TestApp;
let d: Awaited<ReturnType<typeof buildDriehoek>>;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  d = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  as.beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  as.uitvoerder = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtnemer', d.uitvoeringsorganisatieId, { naam: 'Uma Uitvoerder' })).persoon.id);
  as.opdrachtgever = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', d.opdrachtgevers[0]!.id, { naam: 'Otto Opdrachtgever' })).persoon.id);
  as.token = await buildApiTokenHeaders(t.db, d.uitvoeringsorganisatieId);
});
afterAll(() => t.close());

const meld = (opdrachtId: string, payload: object, who = 'uitvoerder') =>
  t.app.inject({ method: 'POST', url: `/api/v1/opdrachten/${opdrachtId}/voortgangsmeldingen`, headers: as[who], payload });
const bevestig = (meldingId: string, payload: object = {}, who = 'opdrachtgever') =>
  t.app.inject({ method: 'POST', url: `/api/v1/voortgangsmeldingen/${meldingId}/bevestigingen`, headers: as[who], payload });
const openstaand = async (who: string) => json<VoortgangOpenstaand>(await t.app.inject({ method: 'GET', url: '/api/v1/voortgangsmeldingen/openstaand', headers: as[who] }));
const lopend = (extra: Parameters<typeof buildOpdracht>[2] = {}) => buildOpdracht(t.db, d, { status: 'in-uitvoering', startdatum: '2026-01-01', ...extra });

describe('voortgangsmeldingen: reporting', () => {
  it('records one melding per period, shows it on the opdracht and audits it', async () => {
    const o = await lopend();
    const response = await meld(o.id, { periode: '2026-K3', status: 'oranje', tekst: 'Levering loopt drie weken uit.' });
    expect(response.statusCode).toBe(201);
    const melding = json<Voortgangsmelding>(response);
    expect(melding).toMatchObject({ opdrachtId: o.id, periode: '2026-K3', status: 'oranje', gemeldDoorNaam: 'Uma Uitvoerder', isBevestigd: false, bevestigdOp: null });
    const tweede = await meld(o.id, { periode: '2026-K3', status: 'groen', tekst: 'Toch op tijd.' });
    expect(tweede.statusCode).toBe(409);
    expect(json(tweede).code).toBe('periode-al-gemeld');
    expect((await meld(o.id, { periode: '2026-K4', status: 'groen', tekst: 'Deze periode loopt nog, maar is begonnen.' })).statusCode).toBe(201);
    const lijst = json<{ items: Voortgangsmelding[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${o.id}/voortgangsmeldingen`, headers: as.opdrachtgever }));
    expect(lijst.items.map((m) => m.periode)).toEqual(['2026-K4', '2026-K3']);
    const detail = json<OpdrachtDetail>(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${o.id}`, headers: as.opdrachtgever }));
    expect(detail.laatsteVoortgangsmelding).toMatchObject({ periode: '2026-K4' });
    const audit = json<{ items: AuditGebeurtenis[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=voortgangsmelding&id=${melding.id}`, headers: as.opdrachtgever })).items;
    expect(audit).toEqual([expect.objectContaining({ actie: 'gemeld' })]);
  });

  it('refuses a period in another frequency, one not yet begun, and a malformed one', async () => {
    const o = await lopend({ voortgangFrequentie: 'kwartaal' });
    const andere = await meld(o.id, { periode: '2026-10', status: 'groen', tekst: 'Maandmelding.' });
    expect(json(andere).invalidParams).toEqual([expect.objectContaining({ name: 'periode', code: 'andere-frequentie' })]);
    const toekomst = await meld(o.id, { periode: '2027-K1', status: 'groen', tekst: 'Vooruit gemeld.' });
    expect(json(toekomst).invalidParams).toEqual([expect.objectContaining({ name: 'periode', code: 'in-de-toekomst' })]);
    const fout = await meld(o.id, { periode: '2026-Q3', status: 'paars', tekst: '' });
    expect(fout.statusCode).toBe(400);
    expect(json<{ invalidParams: { name: string }[] }>(fout).invalidParams.map((p) => p.name).sort()).toEqual(['periode', 'status', 'tekst']);
  });

  it('accepts meldingen only while the opdracht is in uitvoering or just afgerond', async () => {
    for (const status of ['concept', 'afgesproken', 'ingetrokken'] as const) {
      const response = await meld((await lopend({ status })).id, { periode: '2026-K3', status: 'groen', tekst: 'Te vroeg of te laat.' });
      expect(response.statusCode, status).toBe(409);
      expect(json(response).code).toBe('opdracht-niet-in-uitvoering');
    }
    expect((await meld((await lopend({ status: 'afgerond' })).id, { periode: '2026-K3', status: 'groen', tekst: 'Laatste melding.' })).statusCode).toBe(201);
  });
});

describe('voortgangsmeldingen: acknowledging', () => {
  it('records who acknowledged and their reactie once, then 409', async () => {
    const melding = await buildVoortgangsmelding(t.db, (await lopend()).id, { periode: '2026-K3' });
    const response = await bevestig(melding.id, { reactie: 'Dank, bespreken we in het driehoeksoverleg.' });
    expect(response.statusCode).toBe(201);
    expect(json(response)).toMatchObject({ isBevestigd: true, bevestigdDoorNaam: 'Otto Opdrachtgever', reactie: 'Dank, bespreken we in het driehoeksoverleg.', version: 2 });
    const tweede = await bevestig(melding.id);
    expect(tweede.statusCode).toBe(409);
    expect(json(tweede).code).toBe('al-bevestigd');
    const audit = json<{ items: AuditGebeurtenis[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=voortgangsmelding&id=${melding.id}`, headers: as.beheerder })).items;
    expect(audit[0]).toMatchObject({ actie: 'bevestigd', voor: { bevestigdOp: null }, na: { reactie: 'Dank, bespreken we in het driehoeksoverleg.' } });
  });

  it('answers 404 for an unknown melding', async () => {
    expect((await bevestig('0192f000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('voortgangsmeldingen: what is open', () => {
  it('lists overdue check-ins for the agency: in uitvoering, running during the last completed period, without a melding', async () => {
    const e = await buildDriehoek(t.db);
    const uitvoerder = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtnemer', e.uitvoeringsorganisatieId)).persoon.id);
    const token = await buildApiTokenHeaders(t.db, e.uitvoeringsorganisatieId);
    const maand = await buildOpdracht(t.db, e, { titel: 'Maandelijks', status: 'in-uitvoering', voortgangFrequentie: 'maand', startdatum: '2026-01-01' });
    const gemeld = await buildOpdracht(t.db, e, { titel: 'Gemeld', status: 'in-uitvoering', startdatum: '2026-01-01' });
    await buildVoortgangsmelding(t.db, gemeld.id, { periode: '2026-K3' });
    const oud = await buildOpdracht(t.db, e, { titel: 'Alleen K2 gemeld', status: 'in-uitvoering', startdatum: '2026-01-01' });
    await buildVoortgangsmelding(t.db, oud.id, { periode: '2026-K2' });
    await buildOpdracht(t.db, e, { titel: 'Pas gestart', status: 'in-uitvoering', voortgangFrequentie: 'halfjaar', startdatum: '2026-08-01' });
    await buildOpdracht(t.db, e, { titel: 'Al geëindigd', status: 'in-uitvoering', startdatum: '2026-01-01', einddatum: '2026-05-31' });
    await buildOpdracht(t.db, e, { titel: 'Nog niet begonnen', status: 'afgesproken', startdatum: '2026-01-01' });
    await buildOpdracht(t.db, d, { titel: 'Andere driehoek', status: 'in-uitvoering', startdatum: '2026-01-01' });

    const open = await openstaand('beheerder');
    expect(open.achterstallig).toEqual([]);
    as.e = uitvoerder;
    as.eToken = token;
    const lijst = await openstaand('e');
    expect(lijst.achterstallig.map((a) => [a.opdracht.titel, a.periode, a.periodeEinde])).toEqual([
      ['Alleen K2 gemeld', '2026-K3', '2026-09-30'],
      ['Maandelijks', '2026-10', '2026-10-31'],
    ]);
    expect(lijst.aantalAchterstallig).toBe(2);
    expect((await openstaand('eToken')).achterstallig.map((a) => a.opdracht.id)).toEqual([oud.id, maand.id]);

    // A session would have timed out by then; the agency's token has not.
    t.clock.set('2026-12-01T09:00:00Z');
    try {
      expect((await openstaand('eToken')).achterstallig.map((a) => [a.opdracht.titel, a.periode])).toEqual([
        ['Alleen K2 gemeld', '2026-K3'],
        ['Maandelijks', '2026-11'],
      ]);
    } finally {
      t.clock.set('2026-11-29T10:00:00Z');
    }
  });

  it('lists unacknowledged meldingen for the commissioning side of each opdracht, until acknowledged', async () => {
    const f = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
    const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: f.opdrachtgevers[0]!.id });
    as.dg = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', f.opdrachtgevers[0]!.id)).persoon.id);
    as.directie = await sessieHeaders(t, (await buildRolhouder(t.db, 'adviseur', directie.id)).persoon.id);
    as.andereDg = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', f.opdrachtgevers[1]!.id)).persoon.id);
    as.fUitvoerder = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtnemer', f.uitvoeringsorganisatieId)).persoon.id);
    const vanDg = await buildOpdracht(t.db, f, { titel: 'Van de DG', status: 'in-uitvoering' });
    const vanDirectie = await buildOpdracht(t.db, f, { titel: 'Van de directie', status: 'in-uitvoering', opdrachtgeverId: directie.id });
    const m1 = await buildVoortgangsmelding(t.db, vanDg.id, { periode: '2026-K3', gemeldOp: new Date('2026-10-02T08:00:00Z') });
    const m2 = await buildVoortgangsmelding(t.db, vanDirectie.id, { periode: '2026-K3', gemeldOp: new Date('2026-10-03T08:00:00Z') });
    await buildVoortgangsmelding(t.db, vanDg.id, { periode: '2026-K2', bevestigdOp: new Date('2026-07-10T08:00:00Z'), bevestigdDoorNaam: 'Iemand' });

    const ids = async (who: string) => (await openstaand(who)).onbevestigd.map((o) => o.melding.id);
    expect(await ids('dg')).toEqual([m1.id, m2.id]);
    expect(await ids('directie')).toEqual([m2.id]);
    expect(await ids('andereDg')).toEqual([]);
    expect(await ids('fUitvoerder')).toEqual([]);
    expect((await openstaand('dg')).onbevestigd[0]).toMatchObject({ opdracht: { id: vanDg.id, titel: 'Van de DG' }, melding: { periode: '2026-K3' } });

    expect((await bevestig(m2.id, {}, 'directie')).statusCode).toBe(201);
    expect(await ids('dg')).toEqual([m1.id]);
    expect((await openstaand('dg')).aantalOnbevestigd).toBe(1);
  });
});
