import { bigint, check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { resourceColumns } from './columns.js';
import { organisaties } from './organisaties.js';
import { personen } from './personen.js';
import { driehoeken } from './driehoeken.js';
import { beleidsterreinen } from './beleidsterreinen.js';

/** An assignment from a commissioner to an agency (DOMAIN.md "Opdracht"). */
export const opdrachten = pgTable(
  'opdrachten',
  {
    ...resourceColumns,
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving'),
    opdrachtgeverId: uuid('opdrachtgever_id').notNull().references(() => organisaties.id, { onDelete: 'restrict' }),
    opdrachtgeverPersoonId: uuid('opdrachtgever_persoon_id').references(() => personen.id, { onDelete: 'set null' }),
    uitvoeringsorganisatieId: uuid('uitvoeringsorganisatie_id').notNull().references(() => organisaties.id, { onDelete: 'restrict' }),
    /** Follows from the uitvoeringsorganisatie; stored so visibility filters by an index. */
    driehoekId: uuid('driehoek_id').notNull().references(() => driehoeken.id, { onDelete: 'restrict' }),
    beleidsterreinId: uuid('beleidsterrein_id').references(() => beleidsterreinen.id, { onDelete: 'restrict' }),
    soort: text('soort').notNull(),
    wettelijkeGrondslag: text('wettelijke_grondslag'),
    startdatum: date('startdatum', { mode: 'string' }),
    einddatum: date('einddatum', { mode: 'string' }),
    status: text('status').notNull().default('concept'),
    /** Each side's own identifier of the assignment. */
    kenmerkOpdrachtgever: text('kenmerk_opdrachtgever'),
    kenmerkUitvoerder: text('kenmerk_uitvoerder'),
    /** The afspraak it falls under; a foreign key once the afspraken module exists. */
    afspraakId: uuid('afspraak_id'),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    /** How often the agency reports progress: maand, kwartaal or halfjaar. */
    voortgangFrequentie: text('voortgang_frequentie').notNull().default('kwartaal'),
  },
  (t) => [
    index('opdrachten_driehoek_idx').on(t.driehoekId, t.status),
    index('opdrachten_opdrachtgever_idx').on(t.opdrachtgeverId),
    index('opdrachten_uitvoeringsorganisatie_idx').on(t.uitvoeringsorganisatieId),
    index('opdrachten_beleidsterrein_idx').on(t.beleidsterreinId),
    index('opdrachten_titel_idx').on(sql`lower(${t.titel})`),
    index('opdrachten_updated_idx').on(t.updatedAt),
    uniqueIndex('opdrachten_kenmerk_uitvoerder_uq')
      .on(t.uitvoeringsorganisatieId, t.kenmerkUitvoerder)
      .where(sql`${t.kenmerkUitvoerder} is not null`),
    uniqueIndex('opdrachten_kenmerk_opdrachtgever_uq')
      .on(t.opdrachtgeverId, t.kenmerkOpdrachtgever)
      .where(sql`${t.kenmerkOpdrachtgever} is not null`),
    check('opdrachten_soort_check', sql`${t.soort} in ('staande-taak','wijziging','wetgeving','project','overig')`),
    check('opdrachten_status_check', sql`${t.status} in ('concept','afgesproken','in-uitvoering','afgerond','ingetrokken')`),
    check('opdrachten_frequentie_check', sql`${t.voortgangFrequentie} in ('maand','kwartaal','halfjaar')`),
    check('opdrachten_looptijd_check', sql`${t.einddatum} is null or ${t.startdatum} is null or ${t.einddatum} >= ${t.startdatum}`),
  ],
);

/** Budget (integer cents) and fte (one decimal) per calendar year. */
export const opdrachtJaren = pgTable(
  'opdracht_jaren',
  {
    opdrachtId: uuid('opdracht_id').notNull().references(() => opdrachten.id, { onDelete: 'cascade' }),
    jaar: integer('jaar').notNull(),
    budgetCent: bigint('budget_cent', { mode: 'number' }),
    fte: numeric('fte', { precision: 8, scale: 1 }),
  },
  (t) => [
    primaryKey({ columns: [t.opdrachtId, t.jaar] }),
    index('opdracht_jaren_jaar_idx').on(t.jaar),
    check('opdracht_jaren_jaar_check', sql`${t.jaar} between 1990 and 2100`),
  ],
);

/** Every status change, appended and never edited (STYLE.md: history as data). */
export const opdrachtStatuswijzigingen = pgTable(
  'opdracht_statuswijzigingen',
  {
    id: uuid('id').primaryKey(),
    opdrachtId: uuid('opdracht_id').notNull().references(() => opdrachten.id, { onDelete: 'cascade' }),
    van: text('van'),
    naar: text('naar').notNull(),
    doorPersoonId: uuid('door_persoon_id'),
    doorOmschrijving: text('door_omschrijving').notNull(),
    toelichting: text('toelichting'),
    tijdstip: timestamp('tijdstip', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('opdracht_statuswijzigingen_opdracht_idx').on(t.opdrachtId, t.tijdstip)],
);

/** A periodic check-in by the agency on an opdracht, acknowledged by the commissioner. */
export const voortgangsmeldingen = pgTable(
  'voortgangsmeldingen',
  {
    ...resourceColumns,
    opdrachtId: uuid('opdracht_id').notNull().references(() => opdrachten.id, { onDelete: 'cascade' }),
    /** The period reported on: '2026-11' (maand), '2026-K4' (kwartaal) or '2026-H2' (halfjaar). */
    periode: text('periode').notNull(),
    status: text('status').notNull(),
    tekst: text('tekst').notNull(),
    gemeldDoor: uuid('gemeld_door'),
    gemeldDoorNaam: text('gemeld_door_naam').notNull(),
    gemeldOp: timestamp('gemeld_op', { withTimezone: true, mode: 'date' }).notNull(),
    bevestigdDoor: uuid('bevestigd_door'),
    bevestigdDoorNaam: text('bevestigd_door_naam'),
    bevestigdOp: timestamp('bevestigd_op', { withTimezone: true, mode: 'date' }),
    reactie: text('reactie'),
  },
  (t) => [
    uniqueIndex('voortgangsmeldingen_periode_uq').on(t.opdrachtId, t.periode),
    index('voortgangsmeldingen_onbevestigd_idx').on(t.opdrachtId).where(sql`${t.bevestigdOp} is null`),
    check('voortgangsmeldingen_status_check', sql`${t.status} in ('groen','oranje','rood')`),
  ],
);

/** Replays for bulk and import endpoints: the same key from the same caller gets the first answer. */
export const idempotentieSleutels = pgTable(
  'idempotentie_sleutels',
  {
    sleutel: text('sleutel').notNull(),
    /** Who and where: the actor id and the route, so keys of different callers never meet. */
    bereik: text('bereik').notNull(),
    verzoekHash: text('verzoek_hash').notNull(),
    status: integer('status').notNull(),
    antwoord: text('antwoord').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bereik, t.sleutel] }), index('idempotentie_sleutels_created_idx').on(t.createdAt)],
);
