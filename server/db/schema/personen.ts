import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { resourceColumns } from './columns.js';
import { organisaties } from './organisaties.js';
import { driehoeken } from './driehoeken.js';

export const personen = pgTable(
  'personen',
  {
    ...resourceColumns,
    naam: text('naam').notNull(),
    email: text('email').notNull(),
    /** argon2id; null for people who only log in with OIDC or are contacts. */
    wachtwoordHash: text('wachtwoord_hash'),
    isActief: boolean('is_actief').notNull().default(true),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
  },
  (t) => [
    uniqueIndex('personen_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('personen_oidc_uq').on(t.oidcIssuer, t.oidcSubject),
    index('personen_naam_idx').on(sql`lower(${t.naam})`),
  ],
);

export const rollen = pgTable(
  'rollen',
  {
    ...resourceColumns,
    persoonId: uuid('persoon_id').notNull().references(() => personen.id, { onDelete: 'restrict' }),
    rol: text('rol').notNull(),
    organisatieId: uuid('organisatie_id').references(() => organisaties.id, { onDelete: 'restrict' }),
    driehoekId: uuid('driehoek_id').references(() => driehoeken.id, { onDelete: 'restrict' }),
    geldigVan: date('geldig_van', { mode: 'string' }).notNull(),
    geldigTot: date('geldig_tot', { mode: 'string' }),
  },
  (t) => [
    index('rollen_persoon_idx').on(t.persoonId),
    index('rollen_organisatie_idx').on(t.organisatieId),
    index('rollen_driehoek_idx').on(t.driehoekId),
    check(
      'rollen_rol_check',
      sql`${t.rol} in ('opdrachtgever','opdrachtnemer','eigenaar','coordinerend-opdrachtgever','procescoordinator','adviseur','lezer','beheerder')`,
    ),
    check('rollen_periode_check', sql`${t.geldigTot} is null or ${t.geldigTot} >= ${t.geldigVan}`),
  ],
);
