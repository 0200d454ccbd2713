import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Installation-wide facts, such as whether the demo data was loaded. */
export const instellingen = pgTable('instellingen', {
  sleutel: text('sleutel').primaryKey(),
  waarde: jsonb('waarde').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
