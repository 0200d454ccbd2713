import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditGebeurtenis } from '../../common/api/audit.js';
import { auditGebeurtenissen } from '../../server/db/schema/index.js';
import { sessieHeaders } from '../factories/driehoeken.js';
import { buildBeleidsterrein, buildDriehoek, buildOrganisatie, buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let d: Awaited<ReturnType<typeof buildDriehoek>>;
const url = '/api/v1/beleidsterreinen';
const onbekendId = '0192f000-0000-7000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  beheerder = await sessieHeaders(t, (await buildPersoonMetRol(t.db, 'beheerder')).persoon.id);
  d = await buildDriehoek(t.db);
});
afterAll(() => t.close());

const dg = () => d.opdrachtgevers[0]!;
const withVersion = (version?: string) => ({ ...beheerder, ...(version ? { 'if-match': version } : {}) });
const patch = (id: string, version: string | undefined, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `${url}/${id}`, headers: withVersion(version), payload });
const remove = (id: string, version?: string) => t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: withVersion(version) });
const assign = (id: string, version: string | undefined, payload: object) =>
  t.app.inject({ method: 'POST', url: `${url}/${id}/toewijzingen`, headers: withVersion(version), payload });
const read = async (id: string) => json(await t.app.inject({ method: 'GET', url: `${url}/${id}`, headers: beheerder }));
const history = async (id: string) =>
  json<{ items: AuditGebeurtenis[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=beleidsterrein&id=${id}`, headers: beheerder })).items;

describe('beleidsterreinen: editing', () => {
  it('lets a beheerder rename, move and replace the uitvoerders, audited with before and after', async () => {
    const ouder = await buildBeleidsterrein(t.db, { naam: 'Sociale zekerheid' });
    const terrein = await buildBeleidsterrein(t.db, { naam: 'WW oud', uitvoerderIds: [d.uitvoeringsorganisatieId] });
    const ander = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie', naam: 'Dienst Twee' });
    const response = await patch(terrein.id, '"1"', { naam: 'Werkloosheid', parentId: ouder.id, uitvoerderIds: [ander.id], wettelijkeGrondslagen: ['WW'] });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(json(response)).toMatchObject({ naam: 'Werkloosheid', parentId: ouder.id, uitvoerders: [{ id: ander.id, naam: 'Dienst Twee' }], wettelijkeGrondslagen: ['WW'] });
    const [gewijzigd] = await history(terrein.id);
    expect(gewijzigd).toMatchObject({
      actie: 'gewijzigd',
      voor: { naam: 'WW oud', uitvoerderIds: [d.uitvoeringsorganisatieId] },
      na: { naam: 'Werkloosheid', uitvoerderIds: [ander.id] },
    });
  });

  it('refuses a move under itself or under one of its own children, and an unknown parent', async () => {
    const wortel = await buildBeleidsterrein(t.db, { naam: 'Wortel' });
    const kind = await buildBeleidsterrein(t.db, { parentId: wortel.id });
    const kleinkind = await buildBeleidsterrein(t.db, { parentId: kind.id });
    for (const parentId of [wortel.id, kleinkind.id]) {
      const response = await patch(wortel.id, '"1"', { parentId });
      expect(response.statusCode).toBe(400);
      expect(json(response).invalidParams).toEqual([expect.objectContaining({ name: 'parentId', code: 'kringverwijzing' })]);
    }
    const unknown = await patch(wortel.id, '"1"', { parentId: onbekendId });
    expect(json(unknown).invalidParams).toEqual([expect.objectContaining({ name: 'parentId', code: 'onbekend' })]);
    expect((await read(wortel.id)).parentId).toBeNull();
  });

  it('keeps an owner that has become inactive on other edits, but refuses an inactive one as new owner', async () => {
    const opgeheven = await buildOrganisatie(t.db, { soort: 'directie', parentId: dg().id, actiefTot: '2026-01-31' });
    const terrein = await buildBeleidsterrein(t.db, { naam: 'Oude eigenaar', beleidsverantwoordelijkeId: opgeheven.id });
    const rename = await patch(terrein.id, '"1"', { naam: 'Oude eigenaar, nieuwe naam', beleidsverantwoordelijkeId: opgeheven.id });
    expect(rename.statusCode).toBe(200);
    expect(json(rename).beleidsverantwoordelijke).toMatchObject({ id: opgeheven.id, isActief: false });
    const other = await buildBeleidsterrein(t.db);
    const refused = await patch(other.id, '"1"', { beleidsverantwoordelijkeId: opgeheven.id });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).invalidParams).toEqual([expect.objectContaining({ code: 'niet-actief' })]);
  });

  it('needs If-Match to edit, delete or assign: 428 without, 412 when stale, and changes nothing', async () => {
    const terrein = await buildBeleidsterrein(t.db, { naam: 'Versiebewaakt' });
    await patch(terrein.id, '"1"', { omschrijving: 'Eerste wijziging' });
    expect((await patch(terrein.id, undefined, { naam: 'Zonder versie' })).statusCode).toBe(428);
    expect((await remove(terrein.id)).statusCode).toBe(428);
    expect((await assign(terrein.id, undefined, { beleidsverantwoordelijkeId: dg().id })).statusCode).toBe(428);
    expect((await patch(terrein.id, '"1"', { naam: 'Verloren update' })).statusCode).toBe(412);
    expect((await remove(terrein.id, '"1"')).statusCode).toBe(412);
    expect((await assign(terrein.id, '"1"', { beleidsverantwoordelijkeId: dg().id })).statusCode).toBe(412);
    expect(await read(terrein.id)).toMatchObject({ naam: 'Versiebewaakt', isWees: true, version: 2 });
  });
});

describe('beleidsterreinen: deleting', () => {
  it('refuses to delete a terrein with onderliggende terreinen (409) and deletes a leaf, audited', async () => {
    const ouder = await buildBeleidsterrein(t.db, { naam: 'Ouder met kind' });
    const kind = await buildBeleidsterrein(t.db, { parentId: ouder.id, uitvoerderIds: [d.uitvoeringsorganisatieId] });
    const inUse = await remove(ouder.id, '"1"');
    expect(inUse.statusCode).toBe(409);
    expect(json(inUse).code).toBe('beleidsterrein-heeft-onderliggende');
    expect((await remove(kind.id, '"1"')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `${url}/${kind.id}`, headers: beheerder })).statusCode).toBe(404);
    const events = await t.db.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.entiteitId, kind.id));
    expect(events.map((e) => [e.actie, e.entiteit])).toEqual([['verwijderd', 'beleidsterrein']]);
    expect(events[0]!.payload).toMatchObject({ voor: { id: kind.id, uitvoerderIds: [d.uitvoeringsorganisatieId] }, na: null });
    expect((await remove(ouder.id, '"1"')).statusCode).toBe(204);
  });

  it('answers 404 when deleting an unknown terrein', async () => {
    expect((await remove(onbekendId, '"1"')).statusCode).toBe(404);
  });
});

describe('beleidsterreinen: toewijzingen', () => {
  it('assigns a wees to a beleidsverantwoordelijke with a toelichting, audited as toegewezen', async () => {
    const wees = await buildBeleidsterrein(t.db, { naam: 'Gevonden wees' });
    const response = await assign(wees.id, '"1"', { beleidsverantwoordelijkeId: dg().id, toelichting: 'Signalen kwamen niet door; DG neemt het op.' });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"2"');
    expect(json(response)).toMatchObject({ isWees: false, beleidsverantwoordelijke: { id: dg().id, isActief: true } });
    const [toegewezen] = await history(wees.id);
    expect(toegewezen).toMatchObject({
      actie: 'toegewezen',
      voor: { beleidsverantwoordelijkeId: null },
      na: { beleidsverantwoordelijkeId: dg().id, toelichting: 'Signalen kwamen niet door; DG neemt het op.' },
    });
  });

  it('orphans a terrein when assigned to null', async () => {
    const terrein = await buildBeleidsterrein(t.db, { beleidsverantwoordelijkeId: dg().id });
    const response = await assign(terrein.id, '"1"', { beleidsverantwoordelijkeId: null });
    expect(response.statusCode).toBe(201);
    expect(json(response)).toMatchObject({ isWees: true, beleidsverantwoordelijke: null });
  });

  it('refuses an organisation that is not on the opdrachtgever side, and a body without beleidsverantwoordelijkeId', async () => {
    const terrein = await buildBeleidsterrein(t.db);
    const wrong = await assign(terrein.id, '"1"', { beleidsverantwoordelijkeId: d.uitvoeringsorganisatieId });
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).invalidParams).toEqual([expect.objectContaining({ name: 'beleidsverantwoordelijkeId', code: 'geen-opdrachtgever' })]);
    const empty = await assign(terrein.id, '"1"', { toelichting: 'vergeten' });
    expect(empty.statusCode).toBe(400);
    expect((await read(terrein.id)).version).toBe(1);
  });

  it('answers 404 for an unknown terrein', async () => {
    expect((await assign(onbekendId, '"1"', { beleidsverantwoordelijkeId: null })).statusCode).toBe(404);
  });
});
