import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOEK_VAN_ROL, ROLLEN } from '../../common/enums.js';
import { runCli } from '../../server/cli/index.js';
import { queryRows } from '../../server/db/client.js';
import { DEMO_WACHTWOORD, isDatabaseLeeg, seedDemo, type DemoAccount } from '../../server/db/seed/demo.js';
import { getScheidingWaarschuwingen } from '../../server/modules/driehoeken/driehoeken.service.js';
import { cookieHeader, createTestApp, json, ORIGIN, type TestApp } from '../setup/app.js';

// The demo data itself is under test here; other tests build their own data with factories.
let t: TestApp;
let wasLeegBefore: boolean;
let voorbeeldgegevensBefore: unknown;
let accounts: DemoAccount[];
const TODAY = '2026-11-29';

interface Org { id: string; naam: string; afkorting: string | null; soort: string; parent_id: string | null; actief_tot: string | null }
let orgs: Map<string, Org>;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(`${TODAY}T10:00:00Z`);
  wasLeegBefore = await isDatabaseLeeg(t.db);
  voorbeeldgegevensBefore = json(await t.app.inject({ method: 'GET', url: '/api/v1/instellingen' })).voorbeeldgegevens;
  accounts = await seedDemo(t.db);
  const rows = await queryRows<Org>(t.db, sql`select id, naam, afkorting, soort, parent_id, actief_tot::text from organisaties`);
  orgs = new Map(rows.map((o) => [o.id, o]));
});
afterAll(() => t.close());

/** The organisation and its ancestors, nearest first. */
function lijn(id: string): Org[] {
  const result: Org[] = [];
  for (let o = orgs.get(id); o; o = o.parent_id ? orgs.get(o.parent_id) : undefined) result.push(o);
  return result;
}
const ministerieVan = (id: string) => lijn(id).find((o) => o.soort === 'ministerie')?.id;
const ligtOnder = (id: string, hoekId: string) => lijn(id).some((o) => o.id === hoekId);

describe('voorbeeldgegevens', () => {
  it('marks the installation as holding demo data only after seeding', async () => {
    expect(wasLeegBefore).toBe(true);
    expect(voorbeeldgegevensBefore).toBe(false);
    const after = json(await t.app.inject({ method: 'GET', url: '/api/v1/instellingen' }));
    expect(after.voorbeeldgegevens).toBe(true);
    expect(await isDatabaseLeeg(t.db)).toBe(false);
  });

  it('has at least four ministries, each with a bestuursstaf and DGs that have directies', () => {
    const all = [...orgs.values()];
    const ministeries = all.filter((o) => o.soort === 'ministerie');
    expect(ministeries.length).toBeGreaterThanOrEqual(4);
    for (const m of ministeries) {
      const kinderen = all.filter((o) => o.parent_id === m.id);
      expect(kinderen.filter((o) => o.soort === 'bestuursstaf'), m.naam).toHaveLength(1);
      const dgs = kinderen.filter((o) => o.soort === 'directoraat-generaal');
      expect(dgs.length, m.naam).toBeGreaterThanOrEqual(2);
      for (const dg of dgs) expect(all.some((o) => o.parent_id === dg.id && o.soort === 'directie'), dg.naam).toBe(true);
    }
  });

  it('has six agencies, some of them with divisions', () => {
    const all = [...orgs.values()];
    const agencies = all.filter((o) => o.soort === 'uitvoeringsorganisatie');
    expect(agencies).toHaveLength(6);
    const metOnderdelen = agencies.filter((a) => all.some((o) => o.parent_id === a.id && o.soort === 'onderdeel'));
    expect(metOnderdelen.length).toBeGreaterThanOrEqual(3);
    expect(metOnderdelen.length).toBeLessThan(6);
  });

  it('has six driehoeken owned by a bestuursstaf, each with exactly one coördinerend opdrachtgever', async () => {
    const rows = await queryRows<{ id: string; eigenaar_id: string; uitvoeringsorganisatie_id: string; omschrijving: string; coordinerend: number; opdrachtgevers: string[] }>(t.db, sql`
      select d.id, d.eigenaar_id, d.uitvoeringsorganisatie_id, d.omschrijving,
             count(*) filter (where g.is_coordinerend)::int as coordinerend, array_agg(g.organisatie_id::text) as opdrachtgevers
        from driehoeken d join driehoek_opdrachtgevers g on g.driehoek_id = d.id group by d.id`);
    expect(rows).toHaveLength(6);
    for (const d of rows) {
      expect(d.coordinerend).toBe(1);
      expect(orgs.get(d.eigenaar_id)?.soort).toBe('bestuursstaf');
      expect(orgs.get(d.uitvoeringsorganisatie_id)?.soort).toBe('uitvoeringsorganisatie');
      expect(d.omschrijving).toMatch(/fictief/);
      for (const g of d.opdrachtgevers) expect(orgs.get(g)?.soort).toBe('directoraat-generaal');
    }
    const multi = rows.filter((d) => new Set(d.opdrachtgevers.map(ministerieVan)).size >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(1);
  });

  it('has about forty beleidsterreinen, exactly two of them orphaned, each owned from an opdrachtgever corner', async () => {
    const terreinen = await queryRows<{ naam: string; verantwoordelijke: string | null; grondslagen: string[]; uitvoerders: number }>(t.db, sql`
      select b.naam, b.beleidsverantwoordelijke_id as verantwoordelijke, b.wettelijke_grondslagen as grondslagen,
             (select count(*) from beleidsterrein_uitvoerders u where u.beleidsterrein_id = b.id)::int as uitvoerders
        from beleidsterreinen b`);
    expect(terreinen.length).toBeGreaterThanOrEqual(36);
    expect(terreinen.length).toBeLessThanOrEqual(45);
    expect(terreinen.filter((b) => b.verantwoordelijke === null)).toHaveLength(2);
    const hoeken = await queryRows<{ organisatie_id: string }>(t.db, sql`select organisatie_id from driehoek_opdrachtgevers`);
    for (const b of terreinen) {
      expect(b.grondslagen.length, b.naam).toBeGreaterThan(0);
      expect(b.uitvoerders, b.naam).toBeGreaterThan(0);
      if (b.verantwoordelijke) expect(hoeken.some((h) => ligtOnder(b.verantwoordelijke!, h.organisatie_id)), b.naam).toBe(true);
    }
    expect(terreinen.map((b) => b.naam)).toEqual(expect.arrayContaining(['WW-uitkeringen', 'Kinderbijslag', 'Studiefinanciering', 'Naturalisatie']));
    const inactief = terreinen.filter((b) => b.verantwoordelijke && (orgs.get(b.verantwoordelijke)?.actief_tot ?? '9999') < TODAY);
    expect(inactief.length).toBeGreaterThanOrEqual(1);
  });

  it('has every kind of rol held by someone today, each at an organisation of its corner, and some history', async () => {
    const rollen = await queryRows<{ rol: keyof typeof HOEK_VAN_ROL; organisatie_id: string | null; driehoek_id: string | null; geldig_van: string; geldig_tot: string | null }>(
      t.db, sql`select rol, organisatie_id, driehoek_id, geldig_van::text, geldig_tot::text from rollen`);
    const vandaag = rollen.filter((r) => r.geldig_van <= TODAY && (r.geldig_tot === null || r.geldig_tot >= TODAY));
    expect(new Set(vandaag.map((r) => r.rol))).toEqual(new Set(ROLLEN));
    expect(rollen.some((r) => r.geldig_tot !== null && r.geldig_tot < TODAY)).toBe(true);
    const driehoeken = await queryRows<{ id: string; uitvoeringsorganisatie_id: string; eigenaar_id: string; opdrachtgevers: string[] }>(t.db, sql`
      select d.id, d.uitvoeringsorganisatie_id, d.eigenaar_id, array_agg(g.organisatie_id::text) as opdrachtgevers
        from driehoeken d join driehoek_opdrachtgevers g on g.driehoek_id = d.id group by d.id`);
    for (const r of rollen) {
      const hoek = HOEK_VAN_ROL[r.rol];
      if (r.rol === 'beheerder' || r.rol === 'lezer') {
        expect(r.driehoek_id).toBeNull();
        continue;
      }
      const d = driehoeken.find((x) => x.id === r.driehoek_id)!;
      expect(d, r.rol).toBeDefined();
      const hoekIds = hoek === 'eigenaar' ? [d.eigenaar_id] : hoek === 'opdrachtnemer' ? [d.uitvoeringsorganisatie_id] : hoek === 'opdrachtgever' ? d.opdrachtgevers : [];
      if (hoek) expect(hoekIds.some((h) => ligtOnder(r.organisatie_id!, h)), `${r.rol} buiten de hoek`).toBe(true);
    }
  });

  it('flags exactly one driehoek for a person who is both eigenaar and opdrachtgever', async () => {
    const waarschuwingen = await getScheidingWaarschuwingen(t.db, TODAY);
    expect(waarschuwingen.size).toBe(1);
    const [lijst] = [...waarschuwingen.values()];
    expect(lijst).toEqual([expect.objectContaining({ soort: 'zelfde-persoon' })]);
  });

  it('lets every demo account log in with the demo password, with its roles, and no contact without one', async () => {
    expect(accounts.map((a) => a.email)).toEqual(expect.arrayContaining([
      'beheerder@driehoek.example', 'opdrachtgever@driehoek.example', 'opdrachtnemer@driehoek.example',
      'eigenaar@driehoek.example', 'coordinerend-opdrachtgever@driehoek.example', 'procescoordinator@driehoek.example',
      'adviseur@driehoek.example', 'lezer@driehoek.example',
    ]));
    const emails = await queryRows<{ email: string }>(t.db, sql`select email from personen`);
    for (const e of emails) expect(e.email).toMatch(/@driehoek\.example$/);
    for (const account of accounts) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: account.email, wachtwoord: DEMO_WACHTWOORD } });
      expect(response.statusCode, account.email).toBe(201);
      const rol = account.email.split('@')[0];
      expect(json<{ rollen: { rol: string }[] }>(response).rollen.map((r) => r.rol), account.email).toContain(rol);
      expect(account.rollen).toContain(rol);
    }
    const contact = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: 'hans.vermeulen@driehoek.example', wachtwoord: DEMO_WACHTWOORD } });
    expect(contact.statusCode).toBe(401);
  });

  it('repeats the abbreviation FEZ across ministries, told apart by their path', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email: 'beheerder@driehoek.example', wachtwoord: DEMO_WACHTWOORD } });
    const headers = { cookie: cookieHeader(login), origin: ORIGIN };
    const page = json<{ items: { afkorting: string; pad: string }[] }>(await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?q=FEZ&pageSize=50', headers }));
    const fez = page.items.filter((o) => o.afkorting === 'FEZ');
    expect(fez.length).toBeGreaterThanOrEqual(5);
    expect(new Set(fez.map((o) => o.pad)).size).toBe(fez.length);
  });
});

describe('driehoek seed --demo', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'driehoek-seed-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('loads the demo data into an empty database, lists the accounts, and refuses a second time', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(await runCli(['seed', '--demo'], io, { DATA_DIR: dataDir, LOG_LEVEL: 'silent' })).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(DEMO_WACHTWOORD);
    expect(text).toContain('beheerder@driehoek.example');
    expect(text).toContain('eigenaar@driehoek.example');
    expect(err).toEqual([]);

    out.length = 0;
    expect(await runCli(['seed', '--demo'], io, { DATA_DIR: dataDir, LOG_LEVEL: 'silent' })).toBe(1);
    expect(err.join('\n')).toMatch(/lege database/);
  });
});
