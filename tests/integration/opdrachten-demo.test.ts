import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opdracht } from '../../common/api/opdrachten.js';
import type { Page } from '../../common/api/common.js';
import type { Portfolio } from '../../common/api/portfolio.js';
import type { VoortgangOpenstaand } from '../../common/api/voortgangsmeldingen.js';
import { queryRows } from '../../server/db/client.js';
import { DEMO_WACHTWOORD, seedDemo } from '../../server/db/seed/demo.js';
import { createTestApp, json, login, type TestApp } from '../setup/app.js';

// The demo opdrachten: enough for every screen, valid by the register's own rules, and
// something waiting on "Mijn driehoek" for the demo accounts of the UWV driehoek.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // The demo is loaded relative to the real date; the app must live on that date too.
  t.clock.set(new Date());
  await seedDemo(t.db);
});
afterAll(() => t.close());

const als = (email: string) => login(t.app, email, DEMO_WACHTWOORD);
const get = async <T>(url: string, headers: Record<string, string>) => json<T>(await t.app.inject({ method: 'GET', url, headers }));

describe('demo opdrachten', () => {
  it('has about sixty opdrachten in all six driehoeken, every status and soort, each opdrachtgever within a corner', async () => {
    const rows = await queryRows<{ driehoeken: number; n: number; statussen: number; soorten: number; buiten: number; zonder_jaren: number }>(t.db, sql`
      with recursive onder(driehoek_id, id) as (
        select driehoek_id, organisatie_id from driehoek_opdrachtgevers
        union select onder.driehoek_id, o.id from organisaties o join onder on o.parent_id = onder.id
      )
      select count(distinct driehoek_id)::int as driehoeken, count(*)::int as n,
             count(distinct status)::int as statussen, count(distinct soort)::int as soorten,
             count(*) filter (where not exists (select 1 from onder where onder.driehoek_id = op.driehoek_id and onder.id = op.opdrachtgever_id))::int as buiten,
             count(*) filter (where not exists (select 1 from opdracht_jaren j where j.opdracht_id = op.id))::int as zonder_jaren
        from opdrachten op`);
    expect(rows[0]).toMatchObject({ driehoeken: 6, statussen: 5, soorten: 5, buiten: 0, zonder_jaren: 0 });
    expect(rows[0]!.n).toBeGreaterThanOrEqual(55);
  });

  it('shows the opdrachtgever and the coördinerend opdrachtgever unacknowledged meldingen, and the agency overdue ones', async () => {
    for (const email of ['opdrachtgever@driehoek.example', 'coordinerend-opdrachtgever@driehoek.example']) {
      const open = await get<VoortgangOpenstaand>('/api/v1/voortgangsmeldingen/openstaand', await als(email));
      expect(open.onbevestigd.length, email).toBeGreaterThan(0);
    }
    const agency = await get<VoortgangOpenstaand>('/api/v1/voortgangsmeldingen/openstaand', await als('opdrachtnemer@driehoek.example'));
    expect(agency.achterstallig.length).toBeGreaterThan(0);
    expect(agency.achterstallig.every((a) => a.opdracht.uitvoeringsorganisatieNaam === 'UWV')).toBe(true);
  });

  it('lets the UWV people see the UWV opdrachten, and a lezer only totals', async () => {
    const page = await get<Page<Opdracht>>('/api/v1/opdrachten?pageSize=200', await als('opdrachtnemer@driehoek.example'));
    expect(page.total).toBeGreaterThanOrEqual(15);
    expect(new Set(page.items.map((o) => o.uitvoeringsorganisatie.afkorting))).toEqual(new Set(['UWV']));
    const lezer = await als('lezer@driehoek.example');
    expect((await get<Page<Opdracht>>('/api/v1/opdrachten', lezer)).total).toBe(0);
    const uwvId = page.items[0]!.uitvoeringsorganisatieId;
    const portfolio = await get<Portfolio>(`/api/v1/portfolio/uitvoeringsorganisaties/${uwvId}`, lezer);
    expect(portfolio).toMatchObject({ isAlleenTotalen: true, tijdlijn: [] });
    expect(portfolio.perOpdrachtgever.length).toBeGreaterThanOrEqual(4);
    expect(portfolio.perJaar.length).toBeGreaterThanOrEqual(5);
    expect(portfolio.totaal.budget).toBeGreaterThan(0);
  });
});
