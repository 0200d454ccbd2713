import { z } from 'zod';
import { OPDRACHT_STATUSSEN, VOORTGANG_FREQUENTIES, VOORTGANG_STATUSSEN } from '../enums.js';
import { datumSchema, tijdstipSchema, uuidSchema } from './common.js';

/** '2026-11' (maand), '2026-K4' (kwartaal) or '2026-H2' (halfjaar). */
export const PERIODE_PATROON = /^\d{4}-(0[1-9]|1[0-2]|K[1-4]|H[12])$/;

export const voortgangStatusSchema = z.enum(VOORTGANG_STATUSSEN, { error: 'kies groen, oranje of rood' });

export const voortgangsmeldingSchema = z
  .object({
    id: uuidSchema,
    opdrachtId: uuidSchema,
    periode: z.string(),
    status: voortgangStatusSchema,
    tekst: z.string(),
    gemeldDoorId: uuidSchema.nullable(),
    gemeldDoorNaam: z.string(),
    gemeldOp: tijdstipSchema,
    isBevestigd: z.boolean(),
    bevestigdDoorId: uuidSchema.nullable(),
    bevestigdDoorNaam: z.string().nullable(),
    bevestigdOp: tijdstipSchema.nullable(),
    reactie: z.string().nullable(),
    version: z.number().int(),
    createdAt: tijdstipSchema,
    updatedAt: tijdstipSchema,
  })
  .meta({ id: 'Voortgangsmelding' });
export type Voortgangsmelding = z.infer<typeof voortgangsmeldingSchema>;

export const createVoortgangsmeldingSchema = z
  .object({
    periode: z.string().trim().regex(PERIODE_PATROON, 'schrijf de periode als 2026-11 (maand), 2026-K4 (kwartaal) of 2026-H2 (halfjaar)'),
    status: voortgangStatusSchema,
    tekst: z.string().trim().min(2, 'minstens 2 tekens').max(8000, 'hoogstens 8000 tekens'),
  })
  .meta({ id: 'VoortgangsmeldingNieuw' });
export type CreateVoortgangsmelding = z.infer<typeof createVoortgangsmeldingSchema>;

export const createBevestigingSchema = z
  .object({ reactie: z.string().trim().max(4000, 'hoogstens 4000 tekens').nullable().optional() })
  .meta({ id: 'VoortgangsmeldingBevestiging' });
export type CreateBevestiging = z.infer<typeof createBevestigingSchema>;

export const voortgangsmeldingLijstSchema = z
  .object({ items: z.array(voortgangsmeldingSchema) })
  .meta({ id: 'VoortgangsmeldingLijst' });

/** Just enough of an opdracht to show it in a to-do list. */
export const opdrachtKortSchema = z
  .object({
    id: uuidSchema,
    titel: z.string(),
    status: z.enum(OPDRACHT_STATUSSEN),
    driehoekId: uuidSchema,
    opdrachtgeverId: uuidSchema,
    opdrachtgeverNaam: z.string(),
    uitvoeringsorganisatieId: uuidSchema,
    uitvoeringsorganisatieNaam: z.string(),
    voortgangFrequentie: z.enum(VOORTGANG_FREQUENTIES),
  })
  .meta({ id: 'OpdrachtKort' });

export const achterstalligeMeldingSchema = z
  .object({
    opdracht: opdrachtKortSchema,
    /** The last completed period, which has no melding yet. */
    periode: z.string(),
    periodeEinde: datumSchema,
  })
  .meta({ id: 'AchterstalligeVoortgangsmelding' });

export const onbevestigdeMeldingSchema = z
  .object({ opdracht: opdrachtKortSchema, melding: voortgangsmeldingSchema })
  .meta({ id: 'OnbevestigdeVoortgangsmelding' });

/**
 * What waits for the caller on "Mijn driehoek": check-ins their agency still owes, and check-ins
 * their commissioning organisation has not acknowledged. Each list holds at most 200 items.
 */
export const voortgangOpenstaandSchema = z
  .object({
    achterstallig: z.array(achterstalligeMeldingSchema),
    aantalAchterstallig: z.number().int(),
    onbevestigd: z.array(onbevestigdeMeldingSchema),
    aantalOnbevestigd: z.number().int(),
  })
  .meta({ id: 'VoortgangOpenstaand' });
export type VoortgangOpenstaand = z.infer<typeof voortgangOpenstaandSchema>;
