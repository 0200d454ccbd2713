import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisaties } from './organisaties.js';

/** Raw bytes: PGlite gives a Uint8Array, node-postgres a Buffer (also a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/**
 * An uploaded opdrachten list between preview and commit. The file itself is kept, not its
 * parsed rows: the commit reads it again and validates against the register as it is then.
 * Swept after `verlooptOp`.
 */
export const opdrachtImports = pgTable(
  'opdracht_imports',
  {
    id: uuid('id').primaryKey(),
    /** Who uploaded it ("persoon:<id>" or "token:<id>"): only they see and commit it. */
    eigenaar: text('eigenaar').notNull(),
    bestandsnaam: text('bestandsnaam').notNull(),
    bestand: bytea('bestand').notNull(),
    zijde: text('zijde').notNull(),
    uitvoeringsorganisatieId: uuid('uitvoeringsorganisatie_id').notNull().references(() => organisaties.id, { onDelete: 'cascade' }),
    /** zijde, defaults and the explicit mapping, as sent. */
    instellingen: jsonb('instellingen').notNull(),
    /** The preview (or, after the commit, its result) as shown to the caller. */
    voorvertoning: jsonb('voorvertoning').notNull(),
    aantalRijen: integer('aantal_rijen').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true, mode: 'date' }).notNull(),
    uitgevoerdOp: timestamp('uitgevoerd_op', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('opdracht_imports_verloopt_idx').on(t.verlooptOp), index('opdracht_imports_eigenaar_idx').on(t.eigenaar)],
);
