import type { CreateStatuswijziging } from '../../../common/api/opdrachten.js';
import type { OpdrachtStatus } from '../../../common/enums.js';
import { OPDRACHT_STATUS_LABELS } from '../../../common/labels.js';
import type { ServiceContext } from '../../context.js';
import { AppError, forbidden } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import { getOpdracht, requireZichtbareOpdracht, staleVersion } from './opdracht-lezen.js';
import * as repo from './opdrachten.repository.js';
import { getRechten } from './rechten.js';
import { findStatusovergang, STATUSOVERGANGEN } from './statusovergangen.js';

const label = (s: string) => OPDRACHT_STATUS_LABELS[s as OpdrachtStatus]?.toLowerCase() ?? s;

/**
 * Moves an opdracht to another status when the transition table allows it (409
 * `overgang-niet-toegestaan` otherwise) and the caller acts for a side that may make it;
 * appends who did it and why to the history, and audits it.
 */
export async function createStatuswijziging(ctx: ServiceContext, id: string, version: number, input: CreateStatuswijziging) {
  await ctx.db.transaction(async (tx) => {
    const before = await requireZichtbareOpdracht(ctx, tx, id, { forUpdate: true });
    const rechten = await getRechten(ctx, tx, id);
    if (rechten.zijden.length === 0) throw forbidden('U mag deze opdracht lezen, maar haar status niet wijzigen.');
    if (before.version !== version) throw staleVersion();
    const van = before.status as OpdrachtStatus;
    const overgang = findStatusovergang(van, input.naar);
    if (!overgang) {
      const mogelijk = STATUSOVERGANGEN.filter((o) => o.van === van).map((o) => label(o.naar));
      throw new AppError(
        'overgang-niet-toegestaan',
        `Een opdracht die ${label(van)} is, kan niet naar ${label(input.naar)}. ${mogelijk.length ? `Wel naar: ${mogelijk.join(', ')}.` : 'Dit is een eindstatus.'}`,
        { extra: { van, naar: input.naar } },
      );
    }
    if (!overgang.door.some((zijde) => rechten.zijden.includes(zijde))) {
      throw forbidden(`Alleen de ${overgang.door.map((z) => (z === 'opdrachtgever' ? 'opdrachtgever' : 'uitvoeringsorganisatie')).join(' of ')} zet een opdracht van ${label(van)} naar ${label(input.naar)}.`);
    }
    const now = ctx.clock.now();
    const after = await repo.updateOpdracht(tx, id, version, { status: input.naar }, now);
    if (!after) throw staleVersion();
    const wijziging = {
      id: newId(),
      opdrachtId: id,
      van,
      naar: input.naar,
      doorPersoonId: ctx.actor.persoonId,
      doorOmschrijving: ctx.actor.naam,
      toelichting: input.toelichting ?? null,
      tijdstip: now,
    };
    await repo.insertStatuswijzigingen(tx, [wijziging]);
    await auditFromContext(tx, ctx, {
      actie: 'status-gewijzigd',
      entiteit: 'opdracht',
      entiteitId: id,
      voor: { status: van, version: before.version },
      na: { status: input.naar, version: after.version, toelichting: wijziging.toelichting },
    });
  });
  return getOpdracht(ctx, id);
}
