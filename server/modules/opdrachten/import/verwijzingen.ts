import type { ServiceContext } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { normaliseer } from '../../../lib/spreadsheets/index.js';
import { findBeleidsterreinRow, listBeleidsterreinen } from '../../beleidsterreinen/beleidsterreinen.service.js';
import { findOrganisatieByRef } from '../../organisaties/organisaties.service.js';

/** A name in a cell resolved to an id, or why it could not be. */
export type Verwijzing = { id: string } | { reden: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Organisations and beleidsterreinen named in cells, resolved once per distinct name. An
 * ambiguous name is refused with its candidates: a list is never guessed into the wrong driehoek.
 */
export class Verwijzingen {
  private readonly organisaties = new Map<string, Promise<Verwijzing>>();
  private readonly terreinen = new Map<string, Promise<Verwijzing>>();

  constructor(private readonly ctx: ServiceContext) {}

  organisatie(ref: string): Promise<Verwijzing> {
    const key = ref.trim().toLowerCase();
    let found = this.organisaties.get(key);
    if (!found) {
      found = zoekOrganisatie(this.ctx, ref.trim());
      this.organisaties.set(key, found);
    }
    return found;
  }

  beleidsterrein(ref: string): Promise<Verwijzing> {
    const key = normaliseer(ref);
    let found = this.terreinen.get(key);
    if (!found) {
      found = zoekBeleidsterrein(this.ctx, ref.trim());
      this.terreinen.set(key, found);
    }
    return found;
  }
}

async function zoekOrganisatie(ctx: ServiceContext, ref: string): Promise<Verwijzing> {
  try {
    return { id: (await findOrganisatieByRef(ctx.db, ref)).id };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'organisatie-dubbelzinnig') {
      const kandidaten = (error.extra?.kandidaten ?? []) as { id: string; pad: string }[];
      return { reden: `'${ref}' past bij ${kandidaten.length} organisaties: ${kandidaten.map((k) => `${k.pad} (${k.id})`).join('; ')}; gebruik de volledige naam of het id` };
    }
    if (error.code === 'organisatie-niet-gevonden') return { reden: `geen organisatie met naam, afkorting of id '${ref}'` };
    throw error;
  }
}

async function zoekBeleidsterrein(ctx: ServiceContext, ref: string): Promise<Verwijzing> {
  if (UUID.test(ref)) return (await findBeleidsterreinRow(ctx.db, ref)) ? { id: ref } : { reden: `geen beleidsterrein met id '${ref}'` };
  const page = await listBeleidsterreinen(ctx, { q: ref, page: 1, pageSize: 200 }, '');
  const gelijk = page.items.filter((t) => normaliseer(t.naam) === normaliseer(ref));
  if (gelijk.length === 1) return { id: gelijk[0]!.id };
  if (gelijk.length > 1) {
    return { reden: `'${ref}' past bij ${gelijk.length} beleidsterreinen (${gelijk.map((t) => t.id).join(', ')}); gebruik het id` };
  }
  return { reden: `geen beleidsterrein met de naam '${ref}'` };
}
