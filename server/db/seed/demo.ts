import { sql } from 'drizzle-orm';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { markeerVoorbeeldgegevens } from '../../modules/instellingen/instellingen.service.js';
import { hashWachtwoord } from '../../modules/sessies/wachtwoord.js';
import { newId } from '../../lib/ids.js';
import { type Db, queryRows } from '../client.js';
import {
  beleidsterreinen,
  beleidsterreinUitvoerders,
  driehoekOpdrachtgevers,
  driehoeken,
  organisaties,
  personen,
  rollen,
} from '../schema/index.js';
import { DEMO_BELEIDSTERREINEN } from './demo-beleidsterreinen.js';
import { seedDemoOpdrachten } from './demo-opdrachten.js';
import { DEMO_DRIEHOEKEN, DEMO_ORGANISATIES } from './demo-organisaties.js';
import { DEMO_PERSONEN, type DemoPersoon } from './demo-personen.js';

export const DEMO_WACHTWOORD = 'driehoek-demo';

export interface DemoAccount {
  email: string;
  /** Roles valid today, e.g. "eigenaar (UWV, SVB)". */
  rollen: string;
}

export async function isDatabaseLeeg(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select (select count(*) from personen)::int + (select count(*) from organisaties)::int as n`,
  );
  return (rows[0]?.n ?? 0) === 0;
}

/**
 * Loads the fictional demo data ("Voorbeeldgegevens") in one transaction and returns the demo
 * accounts with their roles. All accounts share one password, hashed once.
 */
export async function seedDemo(db: Db): Promise<DemoAccount[]> {
  // argon2 runs on libuv's thread pool, so hashing overlaps the first inserts (cold start is measured).
  const hashing = hashWachtwoord(DEMO_WACHTWOORD);
  hashing.catch(() => undefined); // awaited below; this only keeps an early rollback from leaving it unhandled
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const rows = buildDemoRows(today);
  await db.transaction(async (tx) => {
    // One multi-row insert per table keeps the first `npm start` fast. Parents and children of
    // the same table go in one statement: PostgreSQL checks the foreign keys at its end.
    await tx.insert(organisaties).values(rows.organisaties);
    await tx.insert(driehoeken).values(rows.driehoeken);
    await tx.insert(driehoekOpdrachtgevers).values(rows.opdrachtgevers);
    await tx.insert(beleidsterreinen).values(rows.beleidsterreinen);
    await tx.insert(beleidsterreinUitvoerders).values(rows.uitvoerders);
    const hash = await hashing;
    await tx.insert(personen).values(rows.personen.map(({ isAccount, ...p }) => ({ ...p, wachtwoordHash: isAccount ? hash : null })));
    await tx.insert(rollen).values(rows.rollen);
    await seedDemoOpdrachten(tx, rows, now);
    await markeerVoorbeeldgegevens(tx);
    await recordAudit(tx, {
      actor: { persoonId: null, naam: 'systeem' },
      actie: 'voorbeeldgegevens-geladen',
      entiteit: 'installatie',
      entiteitId: 'voorbeeldgegevens',
      requestId: undefined,
      tijdstip: now,
      na: {
        datum: today,
        organisaties: rows.organisaties.length,
        driehoeken: rows.driehoeken.length,
        personen: rows.personen.length,
        beleidsterreinen: rows.beleidsterreinen.length,
        accounts: rows.accounts.length,
      },
    });
  });
  return rows.accounts;
}

function buildDemoRows(today: string) {
  const orgIds = new Map(DEMO_ORGANISATIES.map((o) => [o.key, newId()]));
  const orgId = (key: string) => lookup(orgIds, key, 'organisatie');
  const afkortingen = new Map(DEMO_ORGANISATIES.map((o) => [o.key, o.afkorting ?? o.naam]));

  const driehoekIds = new Map(DEMO_DRIEHOEKEN.map((d) => [d.uitvoeringsorganisatie, newId()]));
  const driehoekId = (key: string) => lookup(driehoekIds, key, 'driehoek');

  const terreinIds = new Map(DEMO_BELEIDSTERREINEN.map((b) => [b.key, newId()]));

  const personenRows: { id: string; naam: string; email: string; isAccount: boolean }[] = [];
  const rollenRows: (typeof rollen.$inferInsert)[] = [];
  for (const p of DEMO_PERSONEN) {
    const id = newId();
    personenRows.push({ id, naam: p.naam, email: p.email, isAccount: p.isAccount === true });
    for (const r of p.rollen) {
      rollenRows.push({
        id: newId(),
        persoonId: id,
        rol: r.rol,
        organisatieId: r.organisatie ? orgId(r.organisatie) : null,
        driehoekId: r.driehoek ? driehoekId(r.driehoek) : null,
        geldigVan: r.van,
        geldigTot: r.tot ?? null,
      });
    }
  }

  return {
    organisaties: DEMO_ORGANISATIES.map((o) => ({
      id: orgId(o.key),
      naam: o.naam,
      afkorting: o.afkorting ?? null,
      soort: o.soort,
      parentId: o.parent ? orgId(o.parent) : null,
      actiefVan: o.actiefVan ?? null,
      actiefTot: o.actiefTot ?? null,
    })),
    driehoeken: DEMO_DRIEHOEKEN.map((d) => {
      const naam = afkortingen.get(d.uitvoeringsorganisatie)!;
      return {
        id: driehoekId(d.uitvoeringsorganisatie),
        uitvoeringsorganisatieId: orgId(d.uitvoeringsorganisatie),
        eigenaarId: orgId(d.eigenaar),
        omschrijving: `Voorbeeldgegevens (fictief): de sturingsdriehoek van ${naam}. Wat hier over ${naam} staat, is verzonnen.`,
      };
    }),
    opdrachtgevers: DEMO_DRIEHOEKEN.flatMap((d) =>
      d.opdrachtgevers.map((o, i) => ({ driehoekId: driehoekId(d.uitvoeringsorganisatie), organisatieId: orgId(o), isCoordinerend: i === 0 })),
    ),
    personen: personenRows,
    rollen: rollenRows,
    beleidsterreinen: DEMO_BELEIDSTERREINEN.map((b) => ({
      id: lookup(terreinIds, b.key, 'beleidsterrein'),
      naam: b.naam,
      omschrijving: b.omschrijving,
      beleidsverantwoordelijkeId: b.verantwoordelijke ? orgId(b.verantwoordelijke) : null,
      parentId: b.parent ? lookup(terreinIds, b.parent, 'beleidsterrein') : null,
      wettelijkeGrondslagen: b.grondslagen,
    })),
    uitvoerders: DEMO_BELEIDSTERREINEN.flatMap((b) =>
      b.uitvoerders.map((u) => ({ beleidsterreinId: lookup(terreinIds, b.key, 'beleidsterrein'), organisatieId: orgId(u) })),
    ),
    accounts: DEMO_PERSONEN.filter((p) => p.isAccount).map((p) => ({ email: p.email, rollen: describeRollen(p, today, afkortingen) })),
  };
}

/** "eigenaar (UWV, SVB), adviseur (UWV)": the roles valid today, grouped, with their driehoeken. */
function describeRollen(p: DemoPersoon, today: string, afkortingen: Map<string, string>): string {
  const perRol = new Map<string, string[]>();
  for (const r of p.rollen) {
    if (r.van > today || (r.tot !== undefined && r.tot < today)) continue;
    const list = perRol.get(r.rol) ?? [];
    if (r.driehoek) list.push(afkortingen.get(r.driehoek)!);
    perRol.set(r.rol, list);
  }
  return [...perRol].map(([rol, list]) => (list.length ? `${rol} (${list.join(', ')})` : rol)).join(', ');
}

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  // A typo in the seed data is a programming error: fail loudly rather than insert a dangling row.
  if (!id) throw new Error(`Voorbeeldgegevens: onbekende ${what} '${key}'.`);
  return id;
}
