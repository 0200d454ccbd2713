import type { AansluitRijUit, Beslissing, CreateBeslissing, KoppelingUit } from '../../../common/api/aansluitingen.js';
import type { ServiceContext } from '../../context.js';
import { AppError, invalid } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import * as repo from './aansluitingen.repository.js';
import { type OpgeslagenResultaat, presentBeslissing } from './aansluitingen.presenter.js';
import { beslisSleutel, naarEngineRij } from './bronnen.js';
import { rijSleutel, verschillen } from './engine/index.js';
import { requireZichtbareAansluiting } from './toegang.js';

/**
 * A reviewer confirms or rejects a proposed pair, or links two rows by hand. The result of this
 * aansluiting changes at once; the decision is kept for the pair of sources of the driehoek, so
 * the next aansluiting of updated lists starts from it. Concurrent decisions are serialised on
 * the aansluiting's row.
 */
export async function createBeslissing(ctx: ServiceContext, aansluitingId: string, invoer: CreateBeslissing): Promise<Beslissing> {
  return ctx.db.transaction(async (tx) => {
    const row = await requireZichtbareAansluiting(ctx, tx, aansluitingId, { forUpdate: true });
    const links = (row.rijenLinks as AansluitRijUit[]).find((r) => r.rij === invoer.links);
    const rechts = (row.rijenRechts as AansluitRijUit[]).find((r) => r.rij === invoer.rechts);
    const onbekend = [
      ...(links ? [] : [{ name: 'links', code: 'onbekende-rij', reason: `rij ${invoer.links} staat niet in de linkerlijst van deze aansluiting` }]),
      ...(rechts ? [] : [{ name: 'rechts', code: 'onbekende-rij', reason: `rij ${invoer.rechts} staat niet in de rechterlijst van deze aansluiting` }]),
    ];
    if (!links || !rechts) throw invalid(onbekend);
    const resultaat = pasToe(row.resultaat as OpgeslagenResultaat, invoer, links, rechts);
    const totaal = (row.rijenLinks as unknown[]).length + (row.rijenRechts as unknown[]).length;
    const tijdstip = ctx.clock.now();
    await repo.updateResultaat(tx, row.id, {
      resultaat,
      aantalGekoppeld: resultaat.gekoppeld.length,
      volledigheid: totaal === 0 ? 1 : (2 * resultaat.gekoppeld.length) / totaal,
      updatedAt: tijdstip,
    });
    const beslissing = await repo.upsertBeslissing(tx, {
      id: newId(),
      driehoekId: row.driehoekId,
      bronLinks: row.bronLinks,
      bronRechts: row.bronRechts,
      soort: invoer.soort,
      linksSleutel: beslisSleutel(links, rijSleutel),
      rechtsSleutel: beslisSleutel(rechts, rijSleutel),
      aansluitingId: row.id,
      doorPersoonId: ctx.actor.persoonId,
      doorNaam: ctx.actor.naam,
      tijdstip,
    });
    await auditFromContext(tx, ctx, {
      actie: `aansluiting.${invoer.soort}`,
      entiteit: 'aansluiting',
      entiteitId: row.id,
      na: { links: { rij: links.rij, titel: links.titel }, rechts: { rij: rechts.rij, titel: rechts.titel } },
    });
    return presentBeslissing(beslissing, row.id, links.rij, rechts.rij);
  });
}

function pasToe(huidig: OpgeslagenResultaat, invoer: CreateBeslissing, links: AansluitRijUit, rechts: AansluitRijUit): OpgeslagenResultaat {
  const gekoppeld = [...huidig.gekoppeld];
  const alleenLinks = new Set(huidig.alleenLinks);
  const alleenRechts = new Set(huidig.alleenRechts);
  const paar = gekoppeld.findIndex((k) => k.links === links.rij && k.rechts === rechts.rij);
  const ontkoppel = (i: number) => {
    const [k] = gekoppeld.splice(i, 1);
    alleenLinks.add(k!.links);
    alleenRechts.add(k!.rechts);
  };
  if (invoer.soort === 'bevestigd' || invoer.soort === 'afgewezen') {
    if (paar < 0) throw new AppError('koppeling-niet-voorgesteld', `Rij ${links.rij} links en rij ${rechts.rij} rechts zijn in deze aansluiting niet aan elkaar gekoppeld.`);
    if (invoer.soort === 'afgewezen') ontkoppel(paar);
    else gekoppeld[paar] = vast(gekoppeld[paar]!, 'bevestigd', 'bevestigd door een beoordelaar');
  } else {
    if (paar >= 0) {
      throw new AppError('rij-al-gekoppeld', `Rij ${links.rij} links en rij ${rechts.rij} rechts zijn al gekoppeld; bevestig die koppeling.`);
    }
    for (const [kant, rij] of [['links', links.rij], ['rechts', rechts.rij]] as const) {
      const i = gekoppeld.findIndex((k) => k[kant] === rij);
      if (i < 0) continue;
      if (gekoppeld[i]!.herkomst !== 'voorgesteld') {
        throw new AppError('rij-al-gekoppeld', `Rij ${rij} ${kant} is al vast gekoppeld (${gekoppeld[i]!.herkomst}); wijs die koppeling eerst af.`);
      }
      ontkoppel(i);
    }
    alleenLinks.delete(links.rij);
    alleenRechts.delete(rechts.rij);
    gekoppeld.push({ links: links.rij, rechts: rechts.rij, score: 1, reden: 'handmatig gekoppeld', herkomst: 'handmatig', verschillen: verschillen(naarEngineRij(links), naarEngineRij(rechts)) });
  }
  return {
    gekoppeld: gekoppeld.sort((a, b) => a.links - b.links || a.rechts - b.rechts),
    alleenLinks: [...alleenLinks].sort((a, b) => a - b),
    alleenRechts: [...alleenRechts].sort((a, b) => a - b),
  };
}

function vast(k: KoppelingUit, herkomst: KoppelingUit['herkomst'], waarom: string): KoppelingUit {
  return { ...k, herkomst, score: 1, reden: k.reden.startsWith(waarom) ? k.reden : `${waarom}, ${k.reden}` };
}
