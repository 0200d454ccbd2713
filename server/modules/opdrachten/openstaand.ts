import type { VoortgangOpenstaand } from '../../../common/api/voortgangsmeldingen.js';
import { type OpdrachtStatus, VOORTGANG_FREQUENTIES, type VoortgangFrequentie } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import { amsterdamToday } from '../../lib/dates.js';
import { kolommenVan, opdrachtgeverskantSql, uitvoerderskantSql } from './bevoegdheid.repository.js';
import { presentVoortgangsmelding } from './opdrachten.presenter.js';
import { formatPeriode, laatsteAfgerondePeriode, periodeGrenzen } from './perioden.js';
import * as repo from './voortgangsmeldingen.repository.js';

const MAX = 200;

function presentKort(row: repo.OpdrachtKortRow) {
  return {
    id: row.id,
    titel: row.titel,
    status: row.status as OpdrachtStatus,
    driehoekId: row.driehoek_id,
    opdrachtgeverId: row.opdrachtgever_id,
    opdrachtgeverNaam: row.opdrachtgever_naam,
    uitvoeringsorganisatieId: row.uitvoeringsorganisatie_id,
    uitvoeringsorganisatieNaam: row.uitvoeringsorganisatie_naam,
    voortgangFrequentie: row.voortgang_frequentie as VoortgangFrequentie,
  };
}

/**
 * What waits for the caller on "Mijn driehoek": (a) check-ins their agency owes for the last
 * completed period (Europe/Amsterdam) of each opdracht in uitvoering, and (b) meldingen the
 * commissioning organisation they act for has not acknowledged. Personal: a beheerder sees what
 * their own rollen bring, not every driehoek.
 */
export async function getVoortgangOpenstaand(ctx: ServiceContext): Promise<VoortgangOpenstaand> {
  const vandaag = amsterdamToday(ctx.clock.now());
  const perioden = VOORTGANG_FREQUENTIES.map((frequentie) => {
    const periode = laatsteAfgerondePeriode(vandaag, frequentie);
    return { frequentie, periode: formatPeriode(periode), ...periodeGrenzen(periode) };
  });
  const o = kolommenVan('o');
  const isPersoon = ctx.actor.kind === 'persoon';
  const [achterstallig, onbevestigd] = await Promise.all([
    repo.listAchterstallig(ctx.db, uitvoerderskantSql(ctx.actor, o), perioden, MAX),
    isPersoon ? repo.listOnbevestigd(ctx.db, opdrachtgeverskantSql(ctx.actor, o), MAX) : Promise.resolve({ items: [], total: 0 }),
  ]);
  return {
    achterstallig: achterstallig.items.map((row) => ({ opdracht: presentKort(row), periode: row.periode, periodeEinde: row.eind })),
    aantalAchterstallig: achterstallig.total,
    onbevestigd: onbevestigd.items.map((i) => ({ opdracht: presentKort(i.opdracht), melding: presentVoortgangsmelding(i.melding) })),
    aantalOnbevestigd: onbevestigd.total,
  };
}
