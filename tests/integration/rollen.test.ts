import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDriehoek, buildOrganisatie, buildPersoon, buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;
let d: Awaited<ReturnType<typeof buildDriehoek>>;
let andere: Awaited<ReturnType<typeof buildDriehoek>>;
let directieOnderCoordinerend: { id: string };
let directieOnderTweedeDg: { id: string };
let onderdeelVanUitvoerder: { id: string };
let staf: { id: string };

interface RolBody { id: string; rol: string; status: string; isActief: boolean; geldigVan: string; geldigTot: string | null; version: number; scheidingWaarschuwingen: { driehoekId: string; soort: string; persoonId: string | null; omschrijving: string }[] }
interface Problem { code: string; invalidParams: { name: string; code: string; reason: string }[] }

beforeAll(async () => {
  t = await createTestApp();
  const b = await buildPersoonMetRol(t.db, 'beheerder');
  beheerder = await login(t.app, b.persoon.email);
  d = await buildDriehoek(t.db, { aantalOpdrachtgevers: 2 });
  andere = await buildDriehoek(t.db);
  directieOnderCoordinerend = await buildOrganisatie(t.db, { soort: 'directie', parentId: d.opdrachtgevers[0]!.id });
  directieOnderTweedeDg = await buildOrganisatie(t.db, { soort: 'directie', parentId: d.opdrachtgevers[1]!.id });
  onderdeelVanUitvoerder = await buildOrganisatie(t.db, { soort: 'onderdeel', parentId: d.uitvoeringsorganisatieId });
  staf = await buildOrganisatie(t.db, { soort: 'directie', parentId: d.eigenaar.id });
});
afterAll(() => t.close());

async function grant(persoonId: string, payload: Record<string, unknown>, headers = beheerder) {
  return t.app.inject({ method: 'POST', url: `/api/v1/personen/${persoonId}/rollen`, headers, payload });
}
async function grantNieuw(payload: Record<string, unknown>) {
  return grant((await buildPersoon(t.db)).id, payload);
}
function params(response: { json(): unknown }) {
  return (response.json() as Problem).invalidParams.map((p) => `${p.name}:${p.code}`).sort();
}

describe('rollen toekennen: validation', () => {
  it('grants a rol starting today in Europe/Amsterdam when no start is given', async () => {
    const p = await buildPersoonMetRol(t.db, 'beheerder');
    t.clock.set('2026-11-29T23:30:00Z'); // already 30 November in Amsterdam
    const laat = await login(t.app, p.persoon.email);
    const response = await grant(p.persoon.id, { rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[1]!.id, driehoekId: d.driehoek.id }, laat);
    t.clock.set('2026-11-29T10:00:00Z');
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(json<RolBody>(response)).toMatchObject({ geldigVan: '2026-11-30', geldigTot: null, scheidingWaarschuwingen: [] });
  });

  it('refuses a driehoek for a beheerder and a lezer', async () => {
    expect(params(await grantNieuw({ rol: 'beheerder', driehoekId: d.driehoek.id }))).toEqual(['driehoekId:niet-toegestaan']);
    expect(params(await grantNieuw({ rol: 'lezer', organisatieId: d.eigenaar.id, driehoekId: d.driehoek.id }))).toEqual(['driehoekId:niet-toegestaan']);
  });

  it('lets a beheerder go without an organisation, but no other rol', async () => {
    expect((await grantNieuw({ rol: 'beheerder' })).statusCode).toBe(201);
    expect(params(await grantNieuw({ rol: 'lezer' }))).toEqual(['organisatieId:verplicht']);
    expect(params(await grantNieuw({ rol: 'opdrachtgever', driehoekId: d.driehoek.id }))).toEqual(['organisatieId:verplicht']);
  });

  it('requires a driehoek for a procescoördinator, at any organisation', async () => {
    expect(params(await grantNieuw({ rol: 'procescoordinator', organisatieId: staf.id }))).toEqual(['driehoekId:verplicht']);
    const elders = await buildOrganisatie(t.db, { soort: 'ministerie' });
    expect((await grantNieuw({ rol: 'procescoordinator', organisatieId: elders.id, driehoekId: d.driehoek.id })).statusCode).toBe(201);
  });

  it('places an eigenaar at the eigenaar corner or below it', async () => {
    expect((await grantNieuw({ rol: 'eigenaar', organisatieId: staf.id, driehoekId: d.driehoek.id })).statusCode).toBe(201);
    const wrong = await grantNieuw({ rol: 'eigenaar', organisatieId: d.opdrachtgevers[0]!.id, driehoekId: d.driehoek.id });
    expect(params(wrong)).toEqual(['organisatieId:buiten-hoek']);
    expect(json<Problem>(wrong).invalidParams[0]!.reason).toContain('eigenaarsorganisatie');
  });

  it('places an opdrachtgever and an adviseur at an opdrachtgever corner or a directie under it', async () => {
    expect((await grantNieuw({ rol: 'opdrachtgever', organisatieId: directieOnderTweedeDg.id, driehoekId: d.driehoek.id })).statusCode).toBe(201);
    expect((await grantNieuw({ rol: 'adviseur', organisatieId: d.opdrachtgevers[1]!.id, driehoekId: d.driehoek.id })).statusCode).toBe(201);
    expect(params(await grantNieuw({ rol: 'opdrachtgever', organisatieId: d.eigenaar.id, driehoekId: d.driehoek.id }))).toEqual(['organisatieId:buiten-hoek']);
    expect(params(await grantNieuw({ rol: 'adviseur', organisatieId: andere.opdrachtgevers[0]!.id, driehoekId: d.driehoek.id }))).toEqual(['organisatieId:buiten-hoek']);
  });

  it('places an opdrachtnemer at the uitvoeringsorganisatie or one of its onderdelen', async () => {
    expect((await grantNieuw({ rol: 'opdrachtnemer', organisatieId: onderdeelVanUitvoerder.id, driehoekId: d.driehoek.id })).statusCode).toBe(201);
    expect(params(await grantNieuw({ rol: 'opdrachtnemer', organisatieId: andere.uitvoeringsorganisatieId, driehoekId: d.driehoek.id }))).toEqual(['organisatieId:buiten-hoek']);
  });

  it('places a coördinerend opdrachtgever only at the coördinerende corner or below it', async () => {
    expect((await grantNieuw({ rol: 'coordinerend-opdrachtgever', organisatieId: directieOnderCoordinerend.id, driehoekId: d.driehoek.id })).statusCode).toBe(201);
    const wrong = await grantNieuw({ rol: 'coordinerend-opdrachtgever', organisatieId: d.opdrachtgevers[1]!.id, driehoekId: d.driehoek.id });
    expect(params(wrong)).toEqual(['organisatieId:buiten-hoek']);
    expect((await grantNieuw({ rol: 'coordinerend-opdrachtgever', organisatieId: d.opdrachtgevers[0]!.id })).statusCode).toBe(201);
    expect(params(await grantNieuw({ rol: 'coordinerend-opdrachtgever', organisatieId: d.opdrachtgevers[1]!.id }))).toEqual(['organisatieId:geen-coordinerende-hoek']);
  });

  it('refuses an end before the start', async () => {
    expect(params(await grantNieuw({ rol: 'lezer', organisatieId: staf.id, geldigVan: '2026-01-10', geldigTot: '2026-01-09' }))).toEqual(['geldigTot:voor-begin']);
    expect((await grantNieuw({ rol: 'lezer', organisatieId: staf.id, geldigVan: '2026-01-10', geldigTot: '2026-01-10' })).statusCode).toBe(201);
  });

  it('names unknown organisations and driehoeken, and lists every problem at once', async () => {
    const onbekend = '0190a0a0-0000-7000-8000-000000000000';
    expect(params(await grantNieuw({ rol: 'opdrachtgever', organisatieId: onbekend, driehoekId: onbekend, geldigVan: '2026-02-01', geldigTot: '2026-01-01' })))
      .toEqual(['driehoekId:onbekend', 'geldigTot:voor-begin', 'organisatieId:onbekend']);
    const response = await grantNieuw({ rol: 'lezer', driehoekId: d.driehoek.id });
    expect(params(response)).toEqual(['driehoekId:niet-toegestaan', 'organisatieId:verplicht']);
    expect(json<{ detail: string }>(response).detail).toContain('een lezer hoort bij een organisatie');
  });

  it('refuses an unknown rol and answers 404 for an unknown person', async () => {
    expect(params(await grantNieuw({ rol: 'koning', organisatieId: staf.id }))).toEqual(['rol:invalid-value']);
    const response = await grant('0190a0a0-0000-7000-8000-000000000000', { rol: 'lezer', organisatieId: staf.id });
    expect(response.statusCode).toBe(404);
    expect(json(response).code).toBe('persoon-niet-gevonden');
  });

  it('refuses the same rol twice in an overlapping period (409), but allows it after the first ended', async () => {
    const p = await buildPersoon(t.db);
    const first = { rol: 'opdrachtgever', organisatieId: d.opdrachtgevers[1]!.id, driehoekId: d.driehoek.id, geldigVan: '2025-01-01', geldigTot: '2025-12-31' };
    expect((await grant(p.id, first)).statusCode).toBe(201);
    const overlap = await grant(p.id, { ...first, geldigVan: '2025-06-01', geldigTot: null });
    expect(overlap.statusCode).toBe(409);
    expect(json(overlap).code).toBe('rol-overlapt');
    expect((await grant(p.id, { ...first, geldigVan: '2026-01-01', geldigTot: null })).statusCode).toBe(201);
  });
});
