import { z } from 'zod';
import { ROLLEN } from '../enums.js';
import { listQuerySchema, pageSchema, queryBoolean, tijdstipSchema, uuidSchema } from './common.js';
import { organisatieSoortSchema } from './organisaties.js';

/** An organisation in a corner of a driehoek, with the path of names from the top of the tree. */
export const driehoekOrganisatieSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    afkorting: z.string().nullable(),
    soort: organisatieSoortSchema,
    pad: z.string(),
  })
  .meta({ id: 'DriehoekOrganisatie' });
export type DriehoekOrganisatie = z.infer<typeof driehoekOrganisatieSchema>;

export const driehoekOpdrachtgeverSchema = driehoekOrganisatieSchema
  .extend({ isCoordinerend: z.boolean() })
  .meta({ id: 'DriehoekOpdrachtgever' });
export type DriehoekOpdrachtgever = z.infer<typeof driehoekOpdrachtgeverSchema>;

/** A person in a driehoek through one of their rollen valid today. */
export const driehoekPersoonSchema = z
  .object({
    persoonId: uuidSchema,
    naam: z.string(),
    rolId: uuidSchema,
    rol: z.enum(ROLLEN),
    organisatieId: uuidSchema.nullable(),
    organisatieNaam: z.string().nullable(),
  })
  .meta({ id: 'DriehoekPersoon' });
export type DriehoekPersoon = z.infer<typeof driehoekPersoonSchema>;

export const scheidingWaarschuwingSchema = z
  .object({
    soort: z.enum(['zelfde-organisatie', 'zelfde-persoon']),
    organisatieId: uuidSchema.nullable(),
    persoonId: uuidSchema.nullable(),
    omschrijving: z.string(),
  })
  .meta({ id: 'DriehoekScheidingWaarschuwing' });

export const scheidingUitzonderingSchema = z
  .object({
    reden: z.string(),
    doorId: uuidSchema.nullable(),
    /** Name of the person who recorded the exception. */
    door: z.string(),
    op: tijdstipSchema,
  })
  .meta({ id: 'ScheidingUitzondering' });
export type ScheidingUitzondering = z.infer<typeof scheidingUitzonderingSchema>;

/** What a list shows of a driehoek: its corners and the separation check, without the people. */
export const driehoekSamenvattingSchema = z
  .object({
    id: uuidSchema,
    /** Derived from the agency, e.g. "Driehoek UWV". */
    naam: z.string(),
    omschrijving: z.string().nullable(),
    uitvoeringsorganisatie: driehoekOrganisatieSchema,
    eigenaar: driehoekOrganisatieSchema,
    opdrachtgevers: z.array(driehoekOpdrachtgeverSchema),
    /** Breaches of the separation of owner and commissioner, derived on read (never stale). */
    scheidingWaarschuwingen: z.array(scheidingWaarschuwingSchema),
    scheidingUitzondering: scheidingUitzonderingSchema.nullable(),
    /** True when there are breaches and no exception is recorded. */
    heeftScheidingWaarschuwing: z.boolean(),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'DriehoekSamenvatting' });
export type DriehoekSamenvatting = z.infer<typeof driehoekSamenvattingSchema>;

export const driehoekSchema = driehoekSamenvattingSchema
  .extend({
    /** People per corner, from their rollen valid today. */
    personen: z.object({
      eigenaar: z.array(driehoekPersoonSchema),
      opdrachtgever: z.array(driehoekPersoonSchema),
      opdrachtnemer: z.array(driehoekPersoonSchema),
    }),
    procescoordinatoren: z.array(driehoekPersoonSchema),
  })
  .meta({ id: 'Driehoek' });
export type Driehoek = z.infer<typeof driehoekSchema>;

const opdrachtgeverInvoer = z
  .object({ organisatieId: uuidSchema, isCoordinerend: z.boolean().default(false) })
  .meta({ id: 'DriehoekOpdrachtgeverInvoer' });

const omschrijving = z.string().trim().max(2000, 'hoogstens 2000 tekens').nullable();

export const createDriehoekSchema = z
  .object({
    uitvoeringsorganisatieId: uuidSchema,
    eigenaarId: uuidSchema,
    opdrachtgevers: z.array(opdrachtgeverInvoer).min(1, 'minstens één opdrachtgever').max(50, 'hoogstens 50 opdrachtgevers'),
    omschrijving: omschrijving.optional(),
  })
  .meta({ id: 'DriehoekNieuw' });
export type CreateDriehoek = z.infer<typeof createDriehoekSchema>;

/** Partial update; `opdrachtgevers` replaces the whole list. Moving the agency is for a beheerder only. */
export const updateDriehoekSchema = createDriehoekSchema.partial().meta({ id: 'DriehoekWijziging' });
export type UpdateDriehoek = z.infer<typeof updateDriehoekSchema>;

export const createScheidingsuitzonderingSchema = z
  .object({ reden: z.string().trim().min(10, 'minstens 10 tekens').max(2000, 'hoogstens 2000 tekens') })
  .meta({ id: 'ScheidingsuitzonderingNieuw' });
export type CreateScheidingsuitzondering = z.infer<typeof createScheidingsuitzonderingSchema>;

export const DRIEHOEK_SORT = ['naam', 'createdAt', 'updatedAt'] as const;

export const listDriehoekenQuery = listQuerySchema(DRIEHOEK_SORT, {
  heeftScheidingWaarschuwing: queryBoolean.optional(),
  /** Driehoeken in which this organisation is a corner. */
  organisatieId: uuidSchema.optional(),
  /** Only driehoeken in which the caller holds a rol. */
  mijn: queryBoolean.optional(),
});
export type ListDriehoekenQuery = z.infer<typeof listDriehoekenQuery>;

export const driehoekPageSchema = pageSchema(driehoekSamenvattingSchema, 'DriehoekPagina');
