import { sql } from 'drizzle-orm';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { markeerVoorbeeldgegevens } from '../../modules/instellingen/instellingen.service.js';
import { hashWachtwoord } from '../../modules/sessies/wachtwoord.js';
import { newId } from '../../lib/ids.js';
import { type Db, queryRows } from '../client.js';
import { organisaties, personen, rollen } from '../schema/index.js';

export const DEMO_WACHTWOORD = 'driehoek-demo';

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
export async function seedDemo(db: Db): Promise<{ email: string; rollen: string }[]> {
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const accounts: { email: string; rollen: string }[] = [];
  await db.transaction(async (tx) => {
    const szw = newId();
    await tx.insert(organisaties).values([
      { id: szw, naam: 'Ministerie van Sociale Zaken en Werkgelegenheid', afkorting: 'SZW', soort: 'ministerie' },
    ]);
    const beheerder = newId();
    await tx.insert(personen).values({ id: beheerder, naam: 'Bea Heerder', email: 'beheerder@driehoek.example', wachtwoordHash: hash });
    await tx.insert(rollen).values({ id: newId(), persoonId: beheerder, rol: 'beheerder', geldigVan: '2024-01-01' });
    accounts.push({ email: 'beheerder@driehoek.example', rollen: 'beheerder' });
    await markeerVoorbeeldgegevens(tx);
    await recordAudit(tx, {
      actor: { persoonId: null, naam: 'systeem' },
      actie: 'voorbeeldgegevens-geladen',
      entiteit: 'installatie',
      entiteitId: 'voorbeeldgegevens',
      requestId: undefined,
      tijdstip: now,
      na: { datum: today, accounts: accounts.length },
    });
  });
  return accounts;
}
