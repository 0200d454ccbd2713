import { z } from 'zod';
import { linkSchema, tijdstipSchema, uuidSchema } from './common.js';
import { opdrachtSoortSchema } from './opdrachten.js';

/** Whose list it is: its kenmerk column fills kenmerkOpdrachtgever or kenmerkUitvoerder. */
export const IMPORT_ZIJDEN = ['opdrachtgever', 'uitvoerder'] as const;
export const importZijdeSchema = z.enum(IMPORT_ZIJDEN, { error: 'kies opdrachtgever of uitvoerder' });
export type ImportZijde = z.infer<typeof importZijdeSchema>;

/** Media types of an uploaded list; Windows browsers send CSV files as application/vnd.ms-excel. */
export const IMPORT_MEDIATYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/octet-stream',
] as const;

/** Field → column header; `budget.2027` / `fte.2027` for one year; null leaves a field unused. */
export const kolommappingSchema = z
  .record(z.string().max(50), z.string().max(200).nullable())
  .meta({ id: 'Kolommapping', example: { titel: 'Omschrijving opdracht', budget: 'Bedrag' } });
export type KolommappingInvoer = z.infer<typeof kolommappingSchema>;

const kolommenParam = z
  .string()
  .max(10_000, 'hoogstens 10 000 tekens')
  .transform((text, ctx) => {
    try {
      const parsed = kolommappingSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'moet een JSON-object zijn van veld naar kolomkop, bijvoorbeeld {"titel":"Omschrijving opdracht"}' });
    return z.NEVER;
  });

export const createOpdrachtImportQuery = z.object({
  zijde: importZijdeSchema,
  /** The agency of rows without an uitvoeringsorganisatie column; its driehoek decides who may import. */
  uitvoeringsorganisatieId: uuidSchema,
  /** The opdrachtgever of rows without an opdrachtgever column. */
  opdrachtgeverId: uuidSchema.optional(),
  /** The file name; its extension tells xlsx from CSV when the Content-Type does not. */
  bestandsnaam: z.string().trim().min(1, 'mag niet leeg zijn').max(255, 'hoogstens 255 tekens').optional(),
  /** The year of amounts and fte without one (no jaar column, no "Begroting 2027" columns). */
  jaar: z.coerce.number().int('moet een jaartal zijn').min(1990, 'vanaf 1990').max(2100, 'tot en met 2100').optional(),
  /** The soort of new opdrachten without a soort column (default overig). */
  soort: opdrachtSoortSchema.optional(),
  /** An explicit mapping as JSON: `{"titel":"Omschrijving opdracht","budget.2027":"Bedrag"}`. */
  kolommen: kolommenParam.optional(),
});
export type CreateOpdrachtImportQuery = z.infer<typeof createOpdrachtImportQuery>;

/** The Idempotency-Key header; other headers pass through untouched. */
export const idempotentieHeaders = z.looseObject({
  'idempotency-key': z
    .string({ error: 'stuur een Idempotency-Key (bijvoorbeeld een UUID) mee' })
    .trim()
    .min(1, 'mag niet leeg zijn')
    .max(255, 'hoogstens 255 tekens'),
});

export const importProbleemSchema = z
  .object({
    /** Spreadsheet row or CSV line number. */
    rij: z.number().int(),
    kolom: z.string().nullable(),
    veld: z.string().nullable(),
    code: z.string(),
    melding: z.string(),
  })
  .meta({ id: 'ImportProbleem' });
export type ImportProbleem = z.infer<typeof importProbleemSchema>;

export const IMPORT_ACTIES = ['nieuw', 'bijwerken', 'ongewijzigd', 'ongeldig'] as const;
export const importActieSchema = z.enum(IMPORT_ACTIES);
export type ImportActie = z.infer<typeof importActieSchema>;

export const importRijSchema = z
  .object({
    rij: z.number().int(),
    /** Further rows of the same opdracht (one row per year). */
    ookRijen: z.array(z.number().int()),
    actie: importActieSchema,
    kenmerk: z.string().nullable(),
    titel: z.string().nullable(),
    /** The opdracht that is (or would be) updated, or that was created. */
    opdrachtId: uuidSchema.nullable(),
    opmerkingen: z.array(z.string()),
  })
  .meta({ id: 'ImportRij' });
export type ImportRij = z.infer<typeof importRijSchema>;

export const importKolomSchema = z
  .object({ kop: z.string(), letter: z.string(), veld: z.string().nullable() })
  .meta({ id: 'ImportKolom' });

export const importAantallenSchema = z
  .object({
    rijen: z.number().int(),
    opdrachten: z.number().int(),
    nieuw: z.number().int(),
    bijwerken: z.number().int(),
    ongewijzigd: z.number().int(),
    ongeldig: z.number().int(),
  })
  .meta({ id: 'ImportAantallen' });
export type ImportAantallen = z.infer<typeof importAantallenSchema>;

export const opdrachtImportSchema = z
  .object({
    id: uuidSchema,
    bestandsnaam: z.string(),
    zijde: importZijdeSchema,
    uitvoeringsorganisatieId: uuidSchema,
    opdrachtgeverId: uuidSchema.nullable(),
    jaar: z.number().int().nullable(),
    soort: opdrachtSoortSchema.nullable(),
    status: z.enum(['voorbereid', 'uitgevoerd']),
    /** Row of the header; the first non-empty row. */
    kopRij: z.number().int(),
    kolommen: z.array(importKolomSchema),
    /** The mapping in effect; send it back (edited) as `kolommen` to import differently. */
    mapping: z.record(z.string(), z.string()),
    onbekendeKolommen: z.array(z.string()),
    aantallen: importAantallenSchema,
    /** True when no problem blocks the import. */
    isUitvoerbaar: z.boolean(),
    /** The first 1000 problems; `aantalProblemen` counts all. */
    problemen: z.array(importProbleemSchema),
    aantalProblemen: z.number().int(),
    /** The first 1000 opdrachten of the file with what the import does with each. */
    rijen: z.array(importRijSchema),
    createdAt: tijdstipSchema,
    verlooptOp: tijdstipSchema,
    uitgevoerdOp: tijdstipSchema.nullable(),
    _links: z.object({ self: linkSchema, uitvoeringen: linkSchema }),
  })
  .meta({ id: 'OpdrachtImport' });
export type OpdrachtImport = z.infer<typeof opdrachtImportSchema>;

export const opdrachtImportUitvoeringSchema = z
  .object({
    importId: uuidSchema,
    aantallen: importAantallenSchema,
    /** The first 1000 opdrachten with their id and what happened. */
    rijen: z.array(importRijSchema),
    uitgevoerdOp: tijdstipSchema,
  })
  .meta({ id: 'OpdrachtImportUitvoering' });
export type OpdrachtImportUitvoering = z.infer<typeof opdrachtImportUitvoeringSchema>;
