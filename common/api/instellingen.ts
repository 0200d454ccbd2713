import { z } from 'zod';

export const instellingenSchema = z
  .object({
    voorbeeldgegevens: z.boolean().describe('True als de fictieve voorbeeldgegevens zijn geladen'),
    oidc: z.boolean().describe('True als inloggen met SSO (OpenID Connect) is ingesteld'),
    versie: z.string(),
    beveiligingscontact: z.string(),
  })
  .meta({ id: 'Instellingen' });
export type Instellingen = z.infer<typeof instellingenSchema>;
