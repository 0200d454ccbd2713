import { z } from 'zod';
import { listQuerySchema, pageSchema, queryBoolean, tijdstipSchema, uuidSchema } from './common.js';

/** Every API token starts with this, so secret scanners and people recognise one. */
export const API_TOKEN_PREFIX = 'dh_';

export const apiTokenSchema = z
  .object({
    id: uuidSchema,
    naam: z.string(),
    organisatieId: uuidSchema,
    organisatieNaam: z.string(),
    /** The first characters of the token, to recognise it; never the token itself. */
    prefix: z.string(),
    aangemaaktDoor: uuidSchema.nullable(),
    createdAt: tijdstipSchema,
    lastUsedAt: tijdstipSchema.nullable(),
    ingetrokkenOp: tijdstipSchema.nullable(),
    isActief: z.boolean(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenSchema = z
  .object({
    naam: z.string().trim().min(2, 'minstens 2 tekens').max(100, 'hoogstens 100 tekens'),
    organisatieId: uuidSchema,
  })
  .meta({ id: 'ApiTokenNieuw' });
export type CreateApiToken = z.infer<typeof createApiTokenSchema>;

/** The answer to creating a token: the only time the token itself is shown. */
export const apiTokenAangemaaktSchema = apiTokenSchema
  .extend({ token: z.string().describe('Het token zelf; wordt alleen nu getoond en niet bewaard.') })
  .meta({ id: 'ApiTokenAangemaakt' });
export type ApiTokenAangemaakt = z.infer<typeof apiTokenAangemaaktSchema>;

export const API_TOKEN_SORT = ['naam', 'createdAt', 'lastUsedAt'] as const;

export const listApiTokensQuery = listQuerySchema(API_TOKEN_SORT, {
  organisatieId: uuidSchema.optional(),
  isActief: queryBoolean.optional(),
});
export type ListApiTokensQuery = z.infer<typeof listApiTokensQuery>;

export const apiTokenPageSchema = pageSchema(apiTokenSchema, 'ApiTokenPagina');
