import { type AnyPgColumn, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { resourceColumns } from './columns.js';
import { organisaties } from './organisaties.js';

export const beleidsterreinen = pgTable(
  'beleidsterreinen',
  {
    ...resourceColumns,
    naam: text('naam').notNull(),
    omschrijving: text('omschrijving'),
    /** The commissioner organisation that owns the policy; null means orphaned (wees). */
    beleidsverantwoordelijkeId: uuid('beleidsverantwoordelijke_id').references(() => organisaties.id, {
      onDelete: 'restrict',
    }),
    parentId: uuid('parent_id').references((): AnyPgColumn => beleidsterreinen.id, { onDelete: 'restrict' }),
    wettelijkeGrondslagen: text('wettelijke_grondslagen').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    index('beleidsterreinen_verantwoordelijke_idx').on(t.beleidsverantwoordelijkeId),
    index('beleidsterreinen_parent_idx').on(t.parentId),
    index('beleidsterreinen_naam_idx').on(sql`lower(${t.naam})`),
  ],
);

export const beleidsterreinUitvoerders = pgTable(
  'beleidsterrein_uitvoerders',
  {
    beleidsterreinId: uuid('beleidsterrein_id')
      .notNull()
      .references(() => beleidsterreinen.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.beleidsterreinId, t.organisatieId] }),
    index('beleidsterrein_uitvoerders_organisatie_idx').on(t.organisatieId),
  ],
);
