import { z } from 'zod';

/** Shared pieces of the API contract: ids, dates, paging, links, problems. */

export const uuidSchema = z.uuid({ error: 'moet een geldige UUID zijn' });
export const idParams = z.object({ id: uuidSchema });

/** An ISO 8601 calendar date (YYYY-MM-DD), `format: date` in OpenAPI. */
export const datumSchema = z.iso.date({ error: 'moet een datum zijn (JJJJ-MM-DD)' });
/** A moment with offset, `format: date-time` in OpenAPI. */
export const tijdstipSchema = z.iso.datetime({ offset: true });

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const linkSchema = z.object({ href: z.string() }).meta({ id: 'Link' });
export const pageLinksSchema = z
  .object({ self: linkSchema, next: linkSchema.optional(), prev: linkSchema.optional() })
  .meta({ id: 'PaginaLinks' });

/**
 * Query schema for a list endpoint: page, pageSize, sort over the given fields, q, and the
 * module's filters. `sort` is `-updatedAt,naam` (minus = descending).
 */
export function listQuerySchema<const F extends readonly [string, ...string[]], S extends z.ZodRawShape>(
  sortFields: F,
  filters: S,
) {
  const sortPattern = new RegExp(`^-?(${sortFields.join('|')})(,-?(${sortFields.join('|')}))*$`);
  return z.object({
    page: z.coerce.number().int().min(1, 'moet 1 of hoger zijn').default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1, 'moet 1 of hoger zijn')
      .max(MAX_PAGE_SIZE, `mag niet groter zijn dan ${MAX_PAGE_SIZE}`)
      .default(DEFAULT_PAGE_SIZE),
    sort: z
      .string()
      .regex(sortPattern, `sorteer op ${sortFields.join(', ')} (met - voor aflopend)`)
      .optional(),
    q: z.string().trim().max(200, 'zoekterm te lang').optional(),
    ...filters,
  });
}

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
      totalIsMinimum: z.boolean().optional(),
      _links: pageLinksSchema,
    })
    .meta({ id });
}

/** Boolean query flags as users type them: true/false/1/0/ja/nee. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0', 'ja', 'nee'], { error: 'moet true of false zijn' })
  .transform((v) => v === 'true' || v === '1' || v === 'ja');

export const invalidParamSchema = z.object({ name: z.string(), code: z.string(), reason: z.string() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    invalidParams: z.array(invalidParamSchema).optional(),
  })
  .meta({ id: 'Probleem' });
export type Problem = z.infer<typeof problemSchema>;

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalIsMinimum?: boolean;
  _links: { self: { href: string }; next?: { href: string }; prev?: { href: string } };
}
