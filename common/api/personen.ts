import { z } from 'zod';
import { ROLLEN } from '../enums.js';
import { datumSchema, listQuerySchema, pageSchema, queryBoolean, tijdstipSchema, uuidSchema } from './common.js';

export const rolSoortSchema = z.enum(ROLLEN, { error: 'onbekende rol' });

/** Where a rol stands on today's date (Europe/Amsterdam): not yet started, in force, or ended. */
export const ROL_STATUSSEN = ['gepland', 'actief', 'beeindigd'] as const;

export const rolSchema = z
  .object({
    id: uuidSchema,
    persoonId: uuidSchema,
    persoonNaam: z.string(),
    rol: rolSoortSchema,
    organisatieId: uuidSchema.nullable(),
    organisatieNaam: z.string().nullable(),
    driehoekId: uuidSchema.nullable(),
    /** The driehoek is named after its uitvoeringsorganisatie. */
    driehoekNaam: z.string().nullable(),
    geldigVan: datumSchema,
    geldigTot: datumSchema.nullable(),
    status: z.enum(ROL_STATUSSEN),
    isActief: z.boolean(),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'Rol' });
export type Rol = z.infer<typeof rolSchema>;

export const scheidingWaarschuwingSchema = z
  .object({
    driehoekId: uuidSchema,
    soort: z.enum(['zelfde-organisatie', 'zelfde-persoon']),
    organisatieId: uuidSchema.nullable(),
    persoonId: uuidSchema.nullable(),
    omschrijving: z.string(),
  })
  .meta({ id: 'ScheidingWaarschuwing' });
export type ScheidingWaarschuwingMetDriehoek = z.infer<typeof scheidingWaarschuwingSchema>;

/**
 * A rol after a change, with the separation breaches of the driehoeken it touches: the change
 * is saved either way, the warnings tell the beheerder what it caused.
 */
export const rolMutatieSchema = rolSchema
  .extend({ scheidingWaarschuwingen: z.array(scheidingWaarschuwingSchema) })
  .meta({ id: 'RolMetScheidingscontrole' });
export type RolMutatie = z.infer<typeof rolMutatieSchema>;

export const persoonSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    email: z.string(),
    isActief: z.boolean(),
    /** Logs in through the government's OpenID Connect provider. */
    heeftSso: z.boolean(),
    /** Roles in force today. */
    rollen: z.array(rolSchema),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'Persoon' });
export type Persoon = z.infer<typeof persoonSchema>;

const naam = z.string().trim().min(2, 'minstens 2 tekens').max(200, 'hoogstens 200 tekens');
const email = z.string().trim().max(320, 'hoogstens 320 tekens').pipe(z.email({ error: 'vul een geldig e-mailadres in' }));

export const createPersoonSchema = z
  .object({ naam, email, isActief: z.boolean().optional() })
  .meta({ id: 'PersoonNieuw' });
export type CreatePersoon = z.infer<typeof createPersoonSchema>;

export const updatePersoonSchema = createPersoonSchema.partial().meta({ id: 'PersoonWijziging' });
export type UpdatePersoon = z.infer<typeof updatePersoonSchema>;

export const PERSOON_SORT = ['naam', 'email', 'createdAt', 'updatedAt'] as const;

export const listPersonenQuery = listQuerySchema(PERSOON_SORT, {
  /** People with a rol in force today at this organisation. */
  organisatieId: uuidSchema.optional(),
  /** People holding this rol today (with organisatieId: this rol at that organisation). */
  rol: rolSoortSchema.optional(),
  isActief: queryBoolean.optional(),
});
export type ListPersonenQuery = z.infer<typeof listPersonenQuery>;

export const persoonPageSchema = pageSchema(persoonSchema, 'PersoonPagina');

export const createRolSchema = z
  .object({
    rol: rolSoortSchema,
    organisatieId: uuidSchema.nullable().optional(),
    driehoekId: uuidSchema.nullable().optional(),
    /** Defaults to today (Europe/Amsterdam). */
    geldigVan: datumSchema.optional(),
    geldigTot: datumSchema.nullable().optional(),
  })
  .meta({ id: 'RolNieuw' });
export type CreateRol = z.infer<typeof createRolSchema>;

/** Only the period of a rol changes; a different post is a new rol, so history stays readable. */
export const updateRolSchema = z
  .object({ geldigVan: datumSchema.optional(), geldigTot: datumSchema.nullable().optional() })
  .meta({ id: 'RolWijziging' });
export type UpdateRol = z.infer<typeof updateRolSchema>;

export const ROL_SORT = ['geldigVan', 'geldigTot', 'rol', 'persoonNaam', 'createdAt', 'updatedAt'] as const;

export const listRollenQuery = listQuerySchema(ROL_SORT, {
  persoonId: uuidSchema.optional(),
  organisatieId: uuidSchema.optional(),
  driehoekId: uuidSchema.optional(),
  rol: rolSoortSchema.optional(),
  /** true: in force today; false: ended or not yet started. */
  isActief: queryBoolean.optional(),
});
export type ListRollenQuery = z.infer<typeof listRollenQuery>;

export const listRollenVanPersoonQuery = listQuerySchema(ROL_SORT, {
  isActief: queryBoolean.optional(),
});
export type ListRollenVanPersoonQuery = z.infer<typeof listRollenVanPersoonQuery>;

export const rolPageSchema = pageSchema(rolSchema, 'RolPagina');
