import { z } from 'zod';
import { listQuerySchema, pageSchema, queryBoolean, tijdstipSchema, uuidSchema } from './common.js';

/** The organisation responsible for a beleidsterrein's policy, with whether it is still active today. */
export const beleidsterreinVerantwoordelijkeSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    afkorting: z.string().nullable(),
    isActief: z.boolean(),
  })
  .meta({ id: 'BeleidsterreinVerantwoordelijke' });
export type BeleidsterreinVerantwoordelijke = z.infer<typeof beleidsterreinVerantwoordelijkeSchema>;

export const beleidsterreinUitvoerderSchema = z
  .object({ id: uuidSchema, naam: z.string(), afkorting: z.string().nullable() })
  .meta({ id: 'BeleidsterreinUitvoerder' });
export type BeleidsterreinUitvoerder = z.infer<typeof beleidsterreinUitvoerderSchema>;

export const beleidsterreinSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    omschrijving: z.string().nullable(),
    beleidsverantwoordelijkeId: uuidSchema.nullable(),
    /** Null when nobody owns the policy: the terrein is a wees (orphan). */
    beleidsverantwoordelijke: beleidsterreinVerantwoordelijkeSchema.nullable(),
    isWees: z.boolean(),
    uitvoerders: z.array(beleidsterreinUitvoerderSchema),
    parentId: uuidSchema.nullable(),
    wettelijkeGrondslagen: z.array(z.string()),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'Beleidsterrein' });
export type Beleidsterrein = z.infer<typeof beleidsterreinSchema>;

const naam = z.string().trim().min(2, 'minstens 2 tekens').max(200, 'hoogstens 200 tekens');
const omschrijving = z.string().trim().max(4000, 'hoogstens 4000 tekens').nullable();
const grondslag = z.string().trim().min(1, 'mag niet leeg zijn').max(300, 'hoogstens 300 tekens');

export const createBeleidsterreinSchema = z
  .object({
    naam,
    omschrijving: omschrijving.optional(),
    /** A DG or directie that is (or lies below) an opdrachtgever corner; null or absent makes a wees. */
    beleidsverantwoordelijkeId: uuidSchema.nullable().optional(),
    parentId: uuidSchema.nullable().optional(),
    wettelijkeGrondslagen: z.array(grondslag).max(50, 'hoogstens 50 grondslagen').optional(),
    /** Uitvoeringsorganisaties that execute this terrein; replaces the whole list on update. */
    uitvoerderIds: z.array(uuidSchema).max(100, 'hoogstens 100 uitvoerders').optional(),
  })
  .meta({ id: 'BeleidsterreinNieuw' });
export type CreateBeleidsterrein = z.infer<typeof createBeleidsterreinSchema>;

export const updateBeleidsterreinSchema = createBeleidsterreinSchema.partial().meta({ id: 'BeleidsterreinWijziging' });
export type UpdateBeleidsterrein = z.infer<typeof updateBeleidsterreinSchema>;

export const createToewijzingSchema = z
  .object({
    /** The new beleidsverantwoordelijke; null makes the terrein a wees. */
    beleidsverantwoordelijkeId: uuidSchema.nullable(),
    toelichting: z.string().trim().max(2000, 'hoogstens 2000 tekens').optional(),
  })
  .meta({ id: 'BeleidsterreinToewijzing' });
export type CreateToewijzing = z.infer<typeof createToewijzingSchema>;

export const BELEIDSTERREIN_SORT = ['naam', 'createdAt', 'updatedAt'] as const;

export const listBeleidsterreinenQuery = listQuerySchema(BELEIDSTERREIN_SORT, {
  isWees: queryBoolean.optional(),
  verantwoordelijkeInactief: queryBoolean.optional(),
  beleidsverantwoordelijkeId: uuidSchema.optional(),
  uitvoerderId: uuidSchema.optional(),
  parentId: uuidSchema.optional(),
});
export type ListBeleidsterreinenQuery = z.infer<typeof listBeleidsterreinenQuery>;

export const beleidsterreinPageSchema = pageSchema(beleidsterreinSchema, 'BeleidsterreinPagina');

export const beleidsterreinBoomKnoopSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    parentId: uuidSchema.nullable(),
    beleidsverantwoordelijkeId: uuidSchema.nullable(),
    isWees: z.boolean(),
  })
  .meta({ id: 'BeleidsterreinBoomKnoop' });
export const beleidsterreinBoomSchema = z
  .object({ items: z.array(beleidsterreinBoomKnoopSchema) })
  .meta({ id: 'BeleidsterreinBoom' });
