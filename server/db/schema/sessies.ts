import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { personen } from './personen.js';
import { organisaties } from './organisaties.js';

/** Server-side sessions; the cookie holds a random secret, the table only its SHA-256. */
export const sessies = pgTable(
  'sessies',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    persoonId: uuid('persoon_id')
      .notNull()
      .references(() => personen.id, { onDelete: 'cascade' }),
    via: text('via').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessies_persoon_idx').on(t.persoonId), index('sessies_expires_idx').on(t.expiresAt)],
);

/** Pending OIDC logins (state, nonce, PKCE verifier), kept in the database so any process can finish them. */
export const oidcAanmeldingen = pgTable('oidc_aanmeldingen', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  terugNaar: text('terug_naar'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** API tokens for agency systems: scoped to one organisation, stored hashed, shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    naam: text('naam').notNull(),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'restrict' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** First characters of the token, for recognising it in lists without revealing it. */
    prefix: text('prefix').notNull(),
    aangemaaktDoor: uuid('aangemaakt_door'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    ingetrokkenOp: timestamp('ingetrokken_op', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('api_tokens_organisatie_idx').on(t.organisatieId)],
);
