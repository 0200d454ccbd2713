import { z } from 'zod';
import { ROLLEN } from '../enums.js';
import { datumSchema, tijdstipSchema, uuidSchema } from './common.js';

export const loginSchema = z
  .object({
    email: z.email({ error: 'vul een geldig e-mailadres in' }).max(320),
    wachtwoord: z.string().min(1, 'vul uw wachtwoord in').max(1000),
  })
  .meta({ id: 'Aanmelding' });
export type Login = z.infer<typeof loginSchema>;

export const sessieRolSchema = z
  .object({
    rolId: uuidSchema,
    rol: z.enum(ROLLEN),
    organisatieId: uuidSchema.nullable(),
    organisatieNaam: z.string().nullable(),
    driehoekId: uuidSchema.nullable(),
    geldigVan: datumSchema,
    geldigTot: datumSchema.nullable(),
  })
  .meta({ id: 'SessieRol' });

export const huidigeSessieSchema = z
  .object({
    persoon: z.object({ id: uuidSchema, naam: z.string(), email: z.string() }),
    rollen: z.array(sessieRolSchema),
    isBeheerder: z.boolean(),
    verlooptOp: tijdstipSchema,
  })
  .meta({ id: 'HuidigeSessie' });
export type HuidigeSessie = z.infer<typeof huidigeSessieSchema>;
