import { type AnyPgColumn, check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { resourceColumns } from './columns.js';

export const organisaties = pgTable(
  'organisaties',
  {
    ...resourceColumns,
    naam: text('naam').notNull(),
    afkorting: text('afkorting'),
    soort: text('soort').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisaties.id, { onDelete: 'restrict' }),
    actiefVan: date('actief_van', { mode: 'string' }),
    actiefTot: date('actief_tot', { mode: 'string' }),
  },
  (t) => [
    index('organisaties_parent_idx').on(t.parentId),
    index('organisaties_naam_idx').on(sql`lower(${t.naam})`),
    index('organisaties_afkorting_idx').on(sql`lower(${t.afkorting})`),
    check(
      'organisaties_soort_check',
      sql`${t.soort} in ('ministerie','bestuursstaf','directoraat-generaal','directie','uitvoeringsorganisatie','onderdeel')`,
    ),
    check('organisaties_periode_check', sql`${t.actiefTot} is null or ${t.actiefVan} is null or ${t.actiefTot} >= ${t.actiefVan}`),
  ],
);
