import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opdrachtImports } from '../../server/db/schema/index.js';
import { purgeVerlopenImports } from '../../server/modules/opdrachten/import/opdracht-imports.service.js';
import { buildApiTokenHeaders } from '../factories/api-tokens.js';
import { buildRolhouder, sessieHeaders } from '../factories/driehoeken.js';
import { buildDriehoek, buildOrganisatie, buildPersoon } from '../factories/index.js';
import { buildOpdracht } from '../factories/opdrachten.js';
import { csvBestand, uploadImport, voerUit } from '../factories/opdracht-import.js';
import { createTestApp, json, type TestApp } from '../setup/app.js';

let t: TestApp;
let dh: Awaited<ReturnType<typeof buildDriehoek>>;
let og: Record<string, string>;
const bestand = () => csvBestand([['Kenmerk', 'Titel'], ['T-1', 'Toegang']]);
const query = () => ({ zijde: 'uitvoerder', uitvoeringsorganisatieId: dh.uitvoeringsorganisatieId, opdrachtgeverId: dh.opdrachtgevers[0]!.id });

beforeAll(async () => {
  t = await createTestApp();
  dh = await buildDriehoek(t.db);
  og = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', dh.opdrachtgevers[0]!.id, { driehoekId: dh.driehoek.id })).persoon.id);
});
afterAll(() => t.close());

describe('who may import', () => {
  it('refuses a request that is not logged in (401)', async () => {
    expect((await uploadImport(t, {}, bestand(), query())).statusCode).toBe(401);
  });

  it.each([
    ['a person without a rol', async () => (await buildPersoon(t.db)).id],
    ['the opdrachtnemer of the agency', async () => (await buildRolhouder(t.db, 'opdrachtnemer', dh.uitvoeringsorganisatieId, { driehoekId: dh.driehoek.id })).persoon.id],
    ['the eigenaar of the driehoek', async () => (await buildRolhouder(t.db, 'eigenaar', dh.eigenaar.id, { driehoekId: dh.driehoek.id })).persoon.id],
    ['an opdrachtgever of another driehoek', async () => {
      const ander = await buildDriehoek(t.db);
      return (await buildRolhouder(t.db, 'opdrachtgever', ander.opdrachtgevers[0]!.id, { driehoekId: ander.driehoek.id })).persoon.id;
    }],
  ])('refuses %s (403)', async (_naam, persoon) => {
    const response = await uploadImport(t, await sessieHeaders(t, await persoon()), bestand(), query());
    expect(response.statusCode).toBe(403);
    expect(json(response).code).toBe('geen-toegang');
  });

  it('refuses an API token of the agency (403): tokens report progress, they do not register opdrachten', async () => {
    const response = await uploadImport(t, await buildApiTokenHeaders(t.db, dh.uitvoeringsorganisatieId), bestand(), query());
    expect(response.statusCode).toBe(403);
  });

  it('lets an opdrachtgever at a directie below the DG corner import for that directie', async () => {
    const directie = await buildOrganisatie(t.db, { soort: 'directie', parentId: dh.opdrachtgevers[0]!.id, naam: 'Directie Import' });
    const headers = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', directie.id, { driehoekId: dh.driehoek.id })).persoon.id);
    const response = await uploadImport(t, headers, bestand(), { ...query(), opdrachtgeverId: directie.id });
    expect(response.statusCode, response.body).toBe(201);
    expect(json(response).isUitvoerbaar).toBe(true);
  });

  it('keeps an import to its owner: others get 404 on read and commit', async () => {
    const preview = json<{ id: string }>(await uploadImport(t, og, bestand(), query()));
    const collega = await sessieHeaders(t, (await buildRolhouder(t.db, 'opdrachtgever', dh.opdrachtgevers[0]!.id, { driehoekId: dh.driehoek.id })).persoon.id);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/opdracht-imports/${preview.id}`, headers: collega })).statusCode).toBe(404);
    expect((await voerUit(t, collega, preview.id, 'x')).statusCode).toBe(404);
  });

  it('answers 400 for an unknown agency and for an organisation without a driehoek', async () => {
    const zonder = await buildOrganisatie(t.db, { soort: 'uitvoeringsorganisatie' });
    for (const id of ['0190aaaa-0000-7000-8000-000000000000', zonder.id]) {
      const response = await uploadImport(t, og, bestand(), { ...query(), uitvoeringsorganisatieId: id });
      expect(response.statusCode).toBe(400);
      expect(json<{ invalidParams: { name: string }[] }>(response).invalidParams[0]!.name).toBe('uitvoeringsorganisatieId');
    }
  });
});

describe('the request', () => {
  it('refuses JSON instead of a file (415) and an unreadable file (400)', async () => {
    const response = await t.app.inject({ method: 'POST', url: `/api/v1/opdracht-imports?${new URLSearchParams(query())}`, headers: og, payload: { titel: 'x' } });
    expect(response.statusCode).toBe(415);
    const kapot = await uploadImport(t, og, Buffer.from([0x50, 0x4b, 3, 4, 1, 2]), { ...query(), bestandsnaam: 'x.xlsx' });
    expect(kapot.statusCode).toBe(400);
    expect(json(kapot)).toMatchObject({ code: 'bestand-onleesbaar', detail: 'Het bestand is geen leesbaar Excel-bestand (xlsx).' });
  });

  it.each(['text/csv; charset=utf-8', 'application/vnd.ms-excel', 'application/octet-stream'])('accepts a CSV file sent as %s', async (type) => {
    const response = await uploadImport(t, og, bestand(), { ...query(), bestandsnaam: 'lijst.csv' }, type);
    expect(response.statusCode, response.body).toBe(201);
    expect(json(response).mapping).toEqual({ kenmerk: 'Kenmerk', titel: 'Titel' });
  });

  it('takes an explicit mapping as JSON and reports a column that is not in the file', async () => {
    const file = csvBestand([['Code', 'Omschrijving opdracht', 'Bedrag'], ['M-1', 'Met mapping', '12,50']]);
    const goed = json<{ mapping: Record<string, string>; rijen: { titel: string }[] }>(
      await uploadImport(t, og, file, { ...query(), jaar: 2027, kolommen: JSON.stringify({ kenmerk: 'Code', titel: 'Omschrijving opdracht', 'budget.2027': 'Bedrag' }) }),
    );
    expect(goed.mapping).toEqual({ kenmerk: 'Code', titel: 'Omschrijving opdracht', 'budget.2027': 'Bedrag' });
    const fout = json<{ problemen: { melding: string }[] }>(await uploadImport(t, og, file, { ...query(), kolommen: JSON.stringify({ titel: 'Naam' }) }));
    expect(fout.problemen[0]!.melding).toBe("De kolom 'Naam' (voor titel) staat niet in de kopregel (rij 1)");
    const geenJson = await uploadImport(t, og, file, { ...query(), kolommen: '{titel' });
    expect(geenJson.statusCode).toBe(400);
  });
});

describe('zijde opdrachtgever', () => {
  it('fills kenmerkOpdrachtgever from the kenmerk column and updates by it; both kenmerken may be mapped', async () => {
    const bekend = await buildOpdracht(t.db, dh, { kenmerkOpdrachtgever: 'DG-1', titel: 'Al bekend' });
    const file = csvBestand([['Kenmerk', 'Kenmerk uitvoerder', 'Titel'], ['DG-1', 'UO-1', 'Al bekend'], ['DG-2', 'UO-2', 'Nieuw van de DG']]);
    const preview = json<{ id: string; rijen: { actie: string; opdrachtId: string | null }[] }>(await uploadImport(t, og, file, { ...query(), zijde: 'opdrachtgever' }));
    expect(preview.rijen.map((r) => [r.actie, r.opdrachtId])).toEqual([['bijwerken', bekend.id], ['nieuw', null]]);
    const result = json<{ rijen: { opdrachtId: string }[] }>(await voerUit(t, og, preview.id, 'zijde-og'));
    const nieuw = json(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${result.rijen[1]!.opdrachtId}`, headers: og }));
    expect(nieuw).toMatchObject({ kenmerkOpdrachtgever: 'DG-2', kenmerkUitvoerder: 'UO-2', opdrachtgeverId: dh.opdrachtgevers[0]!.id });
    expect(json(await t.app.inject({ method: 'GET', url: `/api/v1/opdrachten/${bekend.id}`, headers: og })).kenmerkUitvoerder).toBe('UO-1');
  });
});

describe('expiry', () => {
  it('forgets an expired preview and the sweep removes it with its file', async () => {
    const preview = json<{ id: string }>(await uploadImport(t, og, bestand(), query()));
    // Moving the clock would end the session too; age the import instead.
    await t.db.update(opdrachtImports).set({ verlooptOp: new Date(t.clock.now().getTime() - 1000) }).where(eq(opdrachtImports.id, preview.id));
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/opdracht-imports/${preview.id}`, headers: og })).statusCode).toBe(404);
    expect((await voerUit(t, og, preview.id, 'te-laat')).statusCode).toBe(404);
    const { imports } = await purgeVerlopenImports({ db: t.db, clock: t.clock });
    expect(imports).toBe(1);
    expect(await t.db.select().from(opdrachtImports).where(eq(opdrachtImports.id, preview.id))).toEqual([]);
  });
});
