import type { CreateToewijzing } from '../../../common/api/beleidsterreinen.js';
import type { ServiceContext } from '../../context.js';
import { invalid } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { auditFromContext } from '../audit/audit.service.js';
import { snapshot } from './beleidsterrein-beheer.js';
import { beleidsterreinNietGevonden, getBeleidsterrein, staleVersion } from './beleidsterrein-lezen.js';
import { checkBeleidsverantwoordelijke } from './beleidsterrein-validatie.js';
import * as repo from './beleidsterreinen.repository.js';
import { requireVerantwoordelijkeRecht } from './wijzigrecht.js';

/**
 * Assigns the terrein to a beleidsverantwoordelijke, or orphans it with null, as an explicit
 * act with an optional toelichting (audited as 'toegewezen'). Allowed to a beheerder and to the
 * eigenaar or coördinerend opdrachtgever of a driehoek whose agency executes the terrein.
 */
export async function assignBeleidsterrein(ctx: ServiceContext, id: string, version: number, input: CreateToewijzing) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findBeleidsterreinForUpdate(tx, id);
    if (!row) throw beleidsterreinNietGevonden();
    await requireVerantwoordelijkeRecht(ctx, tx, id);
    if (row.version !== version) throw staleVersion();
    if (input.beleidsverantwoordelijkeId !== null) {
      const problems = await checkBeleidsverantwoordelijke(tx, input.beleidsverantwoordelijkeId, amsterdamToday(ctx.clock.now()));
      if (problems.length) throw invalid(problems);
    }
    const voor = await snapshot(tx, row);
    const after = await repo.updateBeleidsterrein(tx, id, version, { beleidsverantwoordelijkeId: input.beleidsverantwoordelijkeId }, ctx.clock.now());
    if (!after) throw staleVersion();
    await auditFromContext(tx, ctx, {
      actie: 'toegewezen',
      entiteit: 'beleidsterrein',
      entiteitId: id,
      voor,
      na: { ...(await snapshot(tx, after)), toelichting: input.toelichting ?? null },
    });
  });
  return getBeleidsterrein(ctx, id);
}
