import { z } from 'zod';
import { listQuerySchema, pageSchema, tijdstipSchema, uuidSchema } from './common.js';
import { idempotentieHeaders, kolommappingSchema } from './opdracht-import.js';

/** Where a side of an aansluiting comes from: the register of the driehoek, or an uploaded list. */
export const AANSLUIT_BRONNEN = ['register', 'lijst-opdrachtgever', 'lijst-uitvoerder'] as const;
export const aansluitBronSoortSchema = z.enum(AANSLUIT_BRONNEN, { error: 'kies register, lijst-opdrachtgever of lijst-uitvoerder' });
export type AansluitBronSoort = z.infer<typeof aansluitBronSoortSchema>;

export const BESLISSING_SOORTEN = ['bevestigd', 'afgewezen', 'handmatig'] as const;
export const beslissingSoortSchema = z.enum(BESLISSING_SOORTEN, { error: 'kies bevestigd, afgewezen of handmatig' });
export type BeslissingSoort = z.infer<typeof beslissingSoortSchema>;

export const HERKOMSTEN = ['voorgesteld', 'bevestigd', 'handmatig'] as const;

const registerBron = z.object({ soort: z.literal('register') });
const lijstBron = z.object({
  soort: z.enum(['lijst-opdrachtgever', 'lijst-uitvoerder']),
  /** Its extension tells xlsx from CSV. */
  bestandsnaam: z.string().trim().min(1, 'mag niet leeg zijn').max(255, 'hoogstens 255 tekens'),
  /** The file itself, base64-encoded. */
  inhoud: z.base64({ error: 'moet het bestand zijn, base64-gecodeerd' }).min(1, 'mag niet leeg zijn'),
  kolommen: kolommappingSchema.optional(),
});
export const aansluitBronInvoerSchema = z
  .discriminatedUnion('soort', [registerBron, lijstBron], { error: 'kies register, lijst-opdrachtgever of lijst-uitvoerder' })
  .meta({ id: 'AansluitBronInvoer' });

export const createAansluitingSchema = z
  .object({
    driehoekId: uuidSchema,
    links: aansluitBronInvoerSchema,
    rechts: aansluitBronInvoerSchema,
  })
  .meta({ id: 'AansluitingInvoer' });
export type CreateAansluiting = z.infer<typeof createAansluitingSchema>;

export const aansluitingHeaders = idempotentieHeaders;

/** A row as compared. Amounts in euro cents; for register rows the opdracht it is. */
export const aansluitRijSchema = z
  .object({
    rij: z.number().int(),
    opdrachtId: uuidSchema.nullable(),
    kenmerk: z.string().nullable(),
    titel: z.string(),
    opdrachtgever: z.string().nullable(),
    uitvoeringsorganisatie: z.string().nullable(),
    beleidsterrein: z.string().nullable(),
    soort: z.string().nullable(),
    status: z.string().nullable(),
    startdatum: z.string().nullable(),
    einddatum: z.string().nullable(),
    budgetTotaal: z.number().int().nullable(),
    budgetPerJaar: z.record(z.string(), z.number().int()).nullable(),
    fte: z.number().nullable(),
    jaar: z.number().int().nullable(),
  })
  .meta({ id: 'AansluitRij' });
export type AansluitRijUit = z.infer<typeof aansluitRijSchema>;

export const verschilSchema = z
  .object({
    /** budget, budget.2027, fte, startdatum, einddatum or status. Amounts in euro cents. */
    veld: z.string(),
    links: z.union([z.string(), z.number()]).nullable(),
    rechts: z.union([z.string(), z.number()]).nullable(),
  })
  .meta({ id: 'AansluitVerschil' });

export const koppelingSchema = z
  .object({
    links: z.number().int(),
    rechts: z.number().int(),
    score: z.number(),
    reden: z.string(),
    herkomst: z.enum(HERKOMSTEN),
    verschillen: z.array(verschilSchema),
  })
  .meta({ id: 'AansluitKoppeling' });
export type KoppelingUit = z.infer<typeof koppelingSchema>;

export const aansluitBronSchema = z
  .object({
    soort: aansluitBronSoortSchema,
    bestandsnaam: z.string().nullable(),
    aantalRijen: z.number().int(),
    /** Rows of a list that belong to another agency than the driehoek's, left out of the comparison. */
    buitenDriehoek: z.number().int(),
  })
  .meta({ id: 'AansluitBron' });

const aansluitingBasis = {
  id: uuidSchema,
  driehoekId: uuidSchema,
  links: aansluitBronSchema,
  rechts: aansluitBronSchema,
  aantalGekoppeld: z.number().int(),
  /** 2 × gekoppeld ÷ (rows left + rows right). */
  volledigheid: z.number(),
  aangemaaktDoor: z.object({ id: uuidSchema.nullable(), naam: z.string() }),
  version: z.number().int(),
  createdAt: tijdstipSchema,
  updatedAt: tijdstipSchema,
};

export const aansluitingSamenvattingSchema = z.object(aansluitingBasis).meta({ id: 'AansluitingSamenvatting' });
export type AansluitingSamenvatting = z.infer<typeof aansluitingSamenvattingSchema>;

export const aansluitingSchema = z
  .object({
    ...aansluitingBasis,
    gekoppeld: z.array(koppelingSchema),
    alleenLinks: z.array(z.number().int()),
    alleenRechts: z.array(z.number().int()),
    rijen: z.object({ links: z.array(aansluitRijSchema), rechts: z.array(aansluitRijSchema) }),
  })
  .meta({ id: 'Aansluiting' });
export type Aansluiting = z.infer<typeof aansluitingSchema>;

export const AANSLUITING_SORT = ['createdAt', 'volledigheid'] as const;
export const listAansluitingenQuery = listQuerySchema(AANSLUITING_SORT, { driehoekId: uuidSchema.optional() });
export type ListAansluitingenQuery = z.infer<typeof listAansluitingenQuery>;
export const aansluitingPageSchema = pageSchema(aansluitingSamenvattingSchema, 'AansluitingPagina');

export const createBeslissingSchema = z
  .object({
    soort: beslissingSoortSchema,
    /** Row numbers in this aansluiting. */
    links: z.number().int('moet een rijnummer zijn'),
    rechts: z.number().int('moet een rijnummer zijn'),
  })
  .meta({ id: 'AansluitBeslissingInvoer' });
export type CreateBeslissing = z.infer<typeof createBeslissingSchema>;

export const beslissingSchema = z
  .object({
    id: uuidSchema,
    aansluitingId: uuidSchema,
    soort: beslissingSoortSchema,
    links: z.number().int(),
    rechts: z.number().int(),
    door: z.string(),
    tijdstip: tijdstipSchema,
  })
  .meta({ id: 'AansluitBeslissing' });
export type Beslissing = z.infer<typeof beslissingSchema>;

export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
