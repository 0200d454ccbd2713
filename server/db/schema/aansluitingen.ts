import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { resourceColumns } from './columns.js';
import { driehoeken } from './driehoeken.js';

const BRONNEN = sql`('register','lijst-opdrachtgever','lijst-uitvoerder')`;

/**
 * One reconciliation of two lists of opdrachten in a driehoek (DOMAIN.md "Aansluiting"). The rows
 * of both sides are kept as compared (a snapshot: the register and the files change later), with
 * the engine's result as amended by reviewers' decisions.
 */
export const aansluitingen = pgTable(
  'aansluitingen',
  {
    ...resourceColumns,
    driehoekId: uuid('driehoek_id').notNull().references(() => driehoeken.id, { onDelete: 'cascade' }),
    /** Where each side came from: the register, or a list of the commissioner or of the agency. */
    bronLinks: text('bron_links').notNull(),
    bronRechts: text('bron_rechts').notNull(),
    bestandsnaamLinks: text('bestandsnaam_links'),
    bestandsnaamRechts: text('bestandsnaam_rechts'),
    /** The rows as compared: engine rows, with the opdracht id for register rows. */
    rijenLinks: jsonb('rijen_links').notNull(),
    rijenRechts: jsonb('rijen_rechts').notNull(),
    /** Rows of a list left out because they belong to another agency than the driehoek's. */
    buitenDriehoekLinks: integer('buiten_driehoek_links').notNull().default(0),
    buitenDriehoekRechts: integer('buiten_driehoek_rechts').notNull().default(0),
    /** gekoppeld, alleenLinks, alleenRechts as the engine gives them, kept current with decisions. */
    resultaat: jsonb('resultaat').notNull(),
    volledigheid: real('volledigheid').notNull(),
    aantalGekoppeld: integer('aantal_gekoppeld').notNull(),
    aangemaaktDoorId: uuid('aangemaakt_door_id'),
    aangemaaktDoorNaam: text('aangemaakt_door_naam').notNull(),
  },
  (t) => [
    index('aansluitingen_driehoek_idx').on(t.driehoekId, t.createdAt),
    check('aansluitingen_bron_links_check', sql`${t.bronLinks} in ${BRONNEN}`),
    check('aansluitingen_bron_rechts_check', sql`${t.bronRechts} in ${BRONNEN}`),
  ],
);

/**
 * A reviewer's decision about a pair, for the pair of sources of a driehoek (not for one
 * aansluiting): the next aansluiting of updated lists of the same kinds starts from it. Rows are
 * named by their key (kenmerk, or title, numbers and agency), which survives renumbering.
 */
export const aansluitingBeslissingen = pgTable(
  'aansluiting_beslissingen',
  {
    id: uuid('id').primaryKey(),
    driehoekId: uuid('driehoek_id').notNull().references(() => driehoeken.id, { onDelete: 'cascade' }),
    bronLinks: text('bron_links').notNull(),
    bronRechts: text('bron_rechts').notNull(),
    soort: text('soort').notNull(),
    linksSleutel: text('links_sleutel').notNull(),
    rechtsSleutel: text('rechts_sleutel').notNull(),
    /** The aansluiting it was taken in (kept as a plain id: the decision outlives it). */
    aansluitingId: uuid('aansluiting_id'),
    doorPersoonId: uuid('door_persoon_id'),
    doorNaam: text('door_naam').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('aansluiting_beslissingen_paar_uq').on(t.driehoekId, t.bronLinks, t.bronRechts, t.linksSleutel, t.rechtsSleutel),
    check('aansluiting_beslissingen_soort_check', sql`${t.soort} in ('bevestigd','afgewezen','handmatig')`),
  ],
);
