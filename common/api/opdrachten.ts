import { z } from 'zod';
import { OPDRACHT_SOORTEN, OPDRACHT_STATUSSEN, VOORTGANG_FREQUENTIES } from '../enums.js';
import { datumSchema, listQuerySchema, pageSchema, tijdstipSchema, uuidSchema } from './common.js';
import { voortgangsmeldingSchema } from './voortgangsmeldingen.js';

export const opdrachtSoortSchema = z.enum(OPDRACHT_SOORTEN, { error: 'onbekende soort opdracht' });
export const opdrachtStatusSchema = z.enum(OPDRACHT_STATUSSEN, { error: 'onbekende status' });
export const voortgangFrequentieSchema = z.enum(VOORTGANG_FREQUENTIES, { error: 'kies maand, kwartaal of halfjaar' });

/** Money in integer euro cents (ARCHITECTURE.md), never negative. */
export const bedragCentSchema = z
  .number({ error: 'moet een bedrag in hele centen zijn' })
  .int('moet een heel aantal centen zijn')
  .min(0, 'mag niet negatief zijn')
  .max(Number.MAX_SAFE_INTEGER, 'is te groot');

/** Full-time equivalents with at most one decimal (DOMAIN.md), never negative. */
export const fteSchema = z
  .number({ error: 'moet een aantal fte zijn' })
  .min(0, 'mag niet negatief zijn')
  .max(9_999_999.9, 'is te groot')
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, 'hoogstens één decimaal');

export const opdrachtJaarSchema = z
  .object({
    jaar: z.number().int('moet een jaartal zijn').min(1990, 'vanaf 1990').max(2100, 'tot en met 2100'),
    /** Budget in euro cents. */
    budget: bedragCentSchema.nullable(),
    fte: fteSchema.nullable(),
  })
  .meta({ id: 'OpdrachtJaar' });
export type OpdrachtJaar = z.infer<typeof opdrachtJaarSchema>;

export const opdrachtJaarInvoerSchema = opdrachtJaarSchema
  .extend({ budget: bedragCentSchema.nullable().optional(), fte: fteSchema.nullable().optional() })
  .meta({ id: 'OpdrachtJaarInvoer' });

export const opdrachtOrganisatieSchema = z
  .object({ id: uuidSchema, naam: z.string(), afkorting: z.string().nullable() })
  .meta({ id: 'OpdrachtOrganisatie' });
export type OpdrachtOrganisatie = z.infer<typeof opdrachtOrganisatieSchema>;

export const opdrachtVerwijzingSchema = z.object({ id: uuidSchema, naam: z.string() }).meta({ id: 'OpdrachtVerwijzing' });

export const opdrachtSchema = z
  .object({
    id: uuidSchema,
    titel: z.string(),
    omschrijving: z.string().nullable(),
    opdrachtgeverId: uuidSchema,
    opdrachtgever: opdrachtOrganisatieSchema,
    opdrachtgeverPersoonId: uuidSchema.nullable(),
    opdrachtgeverPersoon: opdrachtVerwijzingSchema.nullable(),
    uitvoeringsorganisatieId: uuidSchema,
    uitvoeringsorganisatie: opdrachtOrganisatieSchema,
    /** The driehoek of the uitvoeringsorganisatie; it decides who sees the opdracht. */
    driehoekId: uuidSchema,
    beleidsterreinId: uuidSchema.nullable(),
    beleidsterrein: opdrachtVerwijzingSchema.nullable(),
    soort: opdrachtSoortSchema,
    wettelijkeGrondslag: z.string().nullable(),
    startdatum: datumSchema.nullable(),
    einddatum: datumSchema.nullable(),
    status: opdrachtStatusSchema,
    kenmerkOpdrachtgever: z.string().nullable(),
    kenmerkUitvoerder: z.string().nullable(),
    afspraakId: uuidSchema.nullable(),
    labels: z.array(z.string()),
    voortgangFrequentie: voortgangFrequentieSchema,
    /** Budget (euro cents) and fte per calendar year, ascending. */
    jaren: z.array(opdrachtJaarSchema),
    totaalBudget: z.number().int(),
    totaalFte: z.number(),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'Opdracht' });
export type Opdracht = z.infer<typeof opdrachtSchema>;

export const opdrachtStatuswijzigingSchema = z
  .object({
    id: uuidSchema,
    /** Null for the status the opdracht was registered with. */
    van: opdrachtStatusSchema.nullable(),
    naar: opdrachtStatusSchema,
    doorPersoonId: uuidSchema.nullable(),
    doorOmschrijving: z.string(),
    toelichting: z.string().nullable(),
    tijdstip: tijdstipSchema,
  })
  .meta({ id: 'OpdrachtStatuswijziging' });
export type OpdrachtStatuswijziging = z.infer<typeof opdrachtStatuswijzigingSchema>;

export const opdrachtDetailSchema = opdrachtSchema
  .extend({
    statusgeschiedenis: z.array(opdrachtStatuswijzigingSchema),
    laatsteVoortgangsmelding: voortgangsmeldingSchema.nullable(),
    /** Statuses the caller may move this opdracht to now. */
    toegestaneOvergangen: z.array(opdrachtStatusSchema),
    magWijzigen: z.boolean(),
    magKenmerkUitvoerderZetten: z.boolean(),
    magVoortgangMelden: z.boolean(),
    magVoortgangBevestigen: z.boolean(),
  })
  .meta({ id: 'OpdrachtDetail' });
export type OpdrachtDetail = z.infer<typeof opdrachtDetailSchema>;

const titel = z.string().trim().min(2, 'minstens 2 tekens').max(300, 'hoogstens 300 tekens');
const tekst = (max: number) => z.string().trim().max(max, `hoogstens ${max} tekens`);
const kenmerk = z.string().trim().min(1, 'mag niet leeg zijn').max(100, 'hoogstens 100 tekens');
const label = z.string().trim().min(1, 'mag niet leeg zijn').max(50, 'hoogstens 50 tekens');

export const createOpdrachtSchema = z
  .object({
    titel,
    omschrijving: tekst(8000).nullable().optional(),
    /** An opdrachtgever corner of the agency's driehoek, or an organisation below one. */
    opdrachtgeverId: uuidSchema,
    opdrachtgeverPersoonId: uuidSchema.nullable().optional(),
    uitvoeringsorganisatieId: uuidSchema,
    beleidsterreinId: uuidSchema.nullable().optional(),
    soort: opdrachtSoortSchema,
    wettelijkeGrondslag: tekst(500).nullable().optional(),
    startdatum: datumSchema.nullable().optional(),
    einddatum: datumSchema.nullable().optional(),
    /** The status it is registered with (an existing opdracht may start further along); default concept. */
    status: opdrachtStatusSchema.optional(),
    kenmerkOpdrachtgever: kenmerk.nullable().optional(),
    kenmerkUitvoerder: kenmerk.nullable().optional(),
    afspraakId: uuidSchema.nullable().optional(),
    labels: z.array(label).max(30, 'hoogstens 30 labels').optional(),
    voortgangFrequentie: voortgangFrequentieSchema.optional(),
    /** Budget and fte per year, each year once, within the looptijd. */
    jaren: z.array(opdrachtJaarInvoerSchema).max(111, 'te veel jaren').optional(),
  })
  .meta({ id: 'OpdrachtNieuw' });
export type CreateOpdracht = z.infer<typeof createOpdrachtSchema>;

/** Partial; `jaren` replaces all years when sent. The status changes only through statuswijzigingen. */
export const updateOpdrachtSchema = createOpdrachtSchema.omit({ status: true }).partial().meta({ id: 'OpdrachtWijziging' });
export type UpdateOpdracht = z.infer<typeof updateOpdrachtSchema>;

export const createStatuswijzigingSchema = z
  .object({
    naar: opdrachtStatusSchema,
    toelichting: tekst(2000).nullable().optional(),
  })
  .meta({ id: 'OpdrachtStatuswijzigingNieuw' });
export type CreateStatuswijziging = z.infer<typeof createStatuswijzigingSchema>;

export const OPDRACHT_SORT = ['titel', 'status', 'soort', 'startdatum', 'einddatum', 'createdAt', 'updatedAt'] as const;

export const listOpdrachtenQuery = listQuerySchema(OPDRACHT_SORT, {
  status: opdrachtStatusSchema.optional(),
  soort: opdrachtSoortSchema.optional(),
  driehoekId: uuidSchema.optional(),
  uitvoeringsorganisatieId: uuidSchema.optional(),
  opdrachtgeverId: uuidSchema.optional(),
  beleidsterreinId: uuidSchema.optional(),
  /** Opdrachten with budget or fte in this year, or whose looptijd covers part of it. */
  jaar: z.coerce.number().int('moet een jaartal zijn').min(1990, 'vanaf 1990').max(2100, 'tot en met 2100').optional(),
  label: z.string().trim().min(1).max(50).optional(),
});
export type ListOpdrachtenQuery = z.infer<typeof listOpdrachtenQuery>;

export const opdrachtPageSchema = pageSchema(opdrachtSchema, 'OpdrachtPagina');
