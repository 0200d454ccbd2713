import { z } from 'zod';

/**
 * A path on our own site to return to after login. It must start with exactly one `/`:
 * `//host` and `/\host` are read by browsers as another site (open redirect).
 */
export const terugNaarSchema = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s\\]*$/, { error: 'moet een pad binnen Driehoek zijn, zoals /opdrachten' });

export const oidcStartQuerySchema = z.object({
  terugNaar: terugNaarSchema.optional().describe('Pad binnen Driehoek om na het inloggen naar terug te gaan'),
});

/**
 * What the identity provider sends back. Only the fields we document; the callback reads the
 * full query string itself, so extra parameters of a provider are no problem.
 */
export const oidcCallbackQuerySchema = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
});

/**
 * Stable codes of a failed OIDC login; the callback sends the browser to `/inloggen?fout=<code>`
 * and the web app shows the matching Dutch message.
 */
export const OIDC_FOUTEN = {
  'oidc-verlopen': 'Uw aanmelding is verlopen of al gebruikt. Probeer opnieuw in te loggen.',
  'oidc-afgebroken': 'Het inloggen bij de identiteitsprovider is afgebroken. Probeer het opnieuw.',
  'oidc-ongeldig-antwoord': 'Het antwoord van de identiteitsprovider was niet geldig. Probeer opnieuw in te loggen.',
  'oidc-onbekende-persoon':
    'U bent wel aangemeld bij de identiteitsprovider, maar niet bekend in Driehoek (of uw e-mailadres is daar niet geverifieerd). Vraag een beheerder u toe te voegen.',
  'oidc-persoon-inactief': 'Uw account in Driehoek is niet actief. Neem contact op met een beheerder.',
  'oidc-niet-ingesteld': 'Inloggen via uw organisatie is op deze installatie niet ingesteld. Log in met e-mailadres en wachtwoord.',
  'niet-beschikbaar': 'De identiteitsprovider is nu niet bereikbaar. Probeer het later opnieuw.',
} as const;
export type OidcFout = keyof typeof OIDC_FOUTEN;
