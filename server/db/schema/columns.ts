import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every updatable resource carries: UUIDv7 id (set by the app), version, timestamps. */
export const resourceColumns = {
  id: uuid('id').primaryKey(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};
