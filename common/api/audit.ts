import { z } from 'zod';
import { listQuerySchema, pageSchema, tijdstipSchema, uuidSchema } from './common.js';

export const listAuditQuery = listQuerySchema(['tijdstip'], {
  entiteit: z.string().regex(/^[a-z-]+$/, 'soort object, bijvoorbeeld organisatie'),
  id: uuidSchema,
}).omit({ q: true });

export const auditGebeurtenisSchema = z
  .object({
    id: uuidSchema,
    volgnummer: z.number().int(),
    actorId: uuidSchema.nullable(),
    actor: z.string(),
    actie: z.string(),
    entiteit: z.string(),
    entiteitId: z.string(),
    tijdstip: tijdstipSchema,
    requestId: z.string().nullable(),
    voor: z.unknown(),
    na: z.unknown(),
    isGeredigeerd: z.boolean(),
  })
  .meta({ id: 'AuditGebeurtenis' });
export type AuditGebeurtenis = z.infer<typeof auditGebeurtenisSchema>;

export const auditPageSchema = pageSchema(auditGebeurtenisSchema, 'AuditPagina');
