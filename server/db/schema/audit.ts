import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log (ARCHITECTURE.md "Audit"). The chain hash covers the
 * previous chain hash, the metadata and the payload hash, so a payload may be redacted
 * without breaking the chain.
 */
export const auditGebeurtenissen = pgTable(
  'audit_gebeurtenissen',
  {
    volgnummer: bigserial('volgnummer', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    actorId: uuid('actor_id'),
    actorOmschrijving: text('actor_omschrijving').notNull(),
    actie: text('actie').notNull(),
    entiteit: text('entiteit').notNull(),
    entiteitId: text('entiteit_id').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true, mode: 'string' }).notNull(),
    requestId: text('request_id'),
    payload: jsonb('payload'),
    payloadHash: text('payload_hash').notNull(),
    vorigeHash: text('vorige_hash').notNull(),
    chainHash: text('chain_hash').notNull(),
    geredigeerdOp: timestamp('geredigeerd_op', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('audit_entiteit_idx').on(t.entiteit, t.entiteitId)],
);
