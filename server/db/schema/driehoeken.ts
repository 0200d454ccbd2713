import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { resourceColumns } from './columns.js';
import { organisaties } from './organisaties.js';

export const driehoeken = pgTable(
  'driehoeken',
  {
    ...resourceColumns,
    uitvoeringsorganisatieId: uuid('uitvoeringsorganisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'restrict' }),
    eigenaarId: uuid('eigenaar_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'restrict' }),
    omschrijving: text('omschrijving'),
    /** A recorded exception to the separation check (DOMAIN.md), with its reason. */
    scheidingUitzonderingReden: text('scheiding_uitzondering_reden'),
    scheidingUitzonderingDoor: uuid('scheiding_uitzondering_door'),
    scheidingUitzonderingOp: timestamp('scheiding_uitzondering_op', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('driehoeken_uitvoeringsorganisatie_uq').on(t.uitvoeringsorganisatieId),
    index('driehoeken_eigenaar_idx').on(t.eigenaarId),
  ],
);

export const driehoekOpdrachtgevers = pgTable(
  'driehoek_opdrachtgevers',
  {
    driehoekId: uuid('driehoek_id')
      .notNull()
      .references(() => driehoeken.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'restrict' }),
    isCoordinerend: boolean('is_coordinerend').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.driehoekId, t.organisatieId] }),
    index('driehoek_opdrachtgevers_organisatie_idx').on(t.organisatieId),
    uniqueIndex('driehoek_opdrachtgevers_coordinerend_uq').on(t.driehoekId).where(sql`${t.isCoordinerend}`),
  ],
);
