import { z } from 'zod';
import { datumSchema, uuidSchema } from './common.js';
import { opdrachtOrganisatieSchema, opdrachtSoortSchema, opdrachtStatusSchema, opdrachtVerwijzingSchema } from './opdrachten.js';

const jaar = z.coerce.number().int('moet een jaartal zijn').min(1990, 'vanaf 1990').max(2100, 'tot en met 2100');

export const portfolioQuery = z
  .object({
    jaarVan: jaar.optional(),
    jaarTot: jaar.optional(),
    /** Only opdrachten with this status; without it every status but ingetrokken. */
    status: opdrachtStatusSchema.optional(),
  })
  .refine((q) => q.jaarVan === undefined || q.jaarTot === undefined || q.jaarTot >= q.jaarVan, {
    message: 'jaarTot ligt vóór jaarVan',
    path: ['jaarTot'],
  });
export type PortfolioQuery = z.infer<typeof portfolioQuery>;

/** Sums over the years in the window: budget in euro cents, fte, and how many opdrachten. */
const totalen = {
  budget: z.number().int(),
  fte: z.number(),
  aantal: z.number().int(),
};

export const portfolioJaarSchema = z
  .object({ jaar: z.number().int(), budget: z.number().int(), fte: z.number(), aantal: z.number().int() })
  .meta({ id: 'PortfolioJaar' });

export const portfolioOrganisatieTotaalSchema = z
  .object({ organisatie: opdrachtOrganisatieSchema, ...totalen, perJaar: z.array(portfolioJaarSchema) })
  .meta({ id: 'PortfolioOrganisatieTotaal' });

export const portfolioTijdlijnItemSchema = z
  .object({
    id: uuidSchema,
    titel: z.string(),
    opdrachtgever: opdrachtOrganisatieSchema,
    uitvoeringsorganisatie: opdrachtOrganisatieSchema,
    startdatum: datumSchema.nullable(),
    einddatum: datumSchema.nullable(),
    status: opdrachtStatusSchema,
  })
  .meta({ id: 'PortfolioTijdlijnItem' });

export const portfolioSchema = z
  .object({
    organisatie: opdrachtOrganisatieSchema,
    jaarVan: z.number().int().nullable(),
    jaarTot: z.number().int().nullable(),
    totaal: z.object(totalen).meta({ id: 'PortfolioTotaal' }),
    perJaar: z.array(portfolioJaarSchema),
    perOpdrachtgever: z.array(portfolioOrganisatieTotaalSchema),
    perUitvoeringsorganisatie: z.array(portfolioOrganisatieTotaalSchema),
    perBeleidsterrein: z.array(z.object({ beleidsterrein: opdrachtVerwijzingSchema.nullable(), ...totalen }).meta({ id: 'PortfolioBeleidsterreinTotaal' })),
    perSoort: z.array(z.object({ soort: opdrachtSoortSchema, ...totalen }).meta({ id: 'PortfolioSoortTotaal' })),
    perStatus: z.array(z.object({ status: opdrachtStatusSchema, ...totalen }).meta({ id: 'PortfolioStatusTotaal' })),
    /** Looptijd per opdracht, by startdatum; empty for a lezer, who sees totals but not items. */
    tijdlijn: z.array(portfolioTijdlijnItemSchema),
    /** More opdrachten than the 2000 the tijdlijn lists. */
    isTijdlijnIngekort: z.boolean(),
    /** True when the caller sees totals over every driehoek but no single opdracht (lezer). */
    isAlleenTotalen: z.boolean(),
  })
  .meta({ id: 'Portfolio' });
export type Portfolio = z.infer<typeof portfolioSchema>;
