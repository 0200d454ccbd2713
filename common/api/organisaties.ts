import { z } from 'zod';
import { ORGANISATIE_SOORTEN } from '../enums.js';
import { datumSchema, listQuerySchema, pageSchema, queryBoolean, tijdstipSchema, uuidSchema } from './common.js';

export const organisatieSoortSchema = z.enum(ORGANISATIE_SOORTEN, { error: 'onbekende soort organisatie' });

export const organisatieSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    afkorting: z.string().nullable(),
    soort: organisatieSoortSchema,
    parentId: uuidSchema.nullable(),
    /** Path of names from the top of the tree, e.g. "Ministerie van SZW › DG Werk". */
    pad: z.string(),
    actiefVan: datumSchema.nullable(),
    actiefTot: datumSchema.nullable(),
    isActief: z.boolean(),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'Organisatie' });
export type Organisatie = z.infer<typeof organisatieSchema>;

const naam = z.string().trim().min(2, 'minstens 2 tekens').max(200, 'hoogstens 200 tekens');
const afkorting = z.string().trim().min(1, 'mag niet leeg zijn').max(30, 'hoogstens 30 tekens').nullable();

export const createOrganisatieSchema = z
  .object({
    naam,
    afkorting: afkorting.optional(),
    soort: organisatieSoortSchema,
    parentId: uuidSchema.nullable().optional(),
    actiefVan: datumSchema.nullable().optional(),
    actiefTot: datumSchema.nullable().optional(),
  })
  .meta({ id: 'OrganisatieNieuw' });
export type CreateOrganisatie = z.infer<typeof createOrganisatieSchema>;

export const updateOrganisatieSchema = createOrganisatieSchema.partial().meta({ id: 'OrganisatieWijziging' });
export type UpdateOrganisatie = z.infer<typeof updateOrganisatieSchema>;

export const ORGANISATIE_SORT = ['naam', 'afkorting', 'soort', 'createdAt', 'updatedAt'] as const;

export const listOrganisatiesQuery = listQuerySchema(ORGANISATIE_SORT, {
  soort: organisatieSoortSchema.optional(),
  parentId: uuidSchema.optional(),
  isActief: queryBoolean.optional(),
});
export type ListOrganisatiesQuery = z.infer<typeof listOrganisatiesQuery>;

export const organisatiePageSchema = pageSchema(organisatieSchema, 'OrganisatiePagina');

export const organisatieBoomKnoopSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    afkorting: z.string().nullable(),
    soort: organisatieSoortSchema,
    parentId: uuidSchema.nullable(),
    isActief: z.boolean(),
  })
  .meta({ id: 'OrganisatieBoomKnoop' });
export const organisatieBoomSchema = z
  .object({ items: z.array(organisatieBoomKnoopSchema) })
  .meta({ id: 'OrganisatieBoom' });
