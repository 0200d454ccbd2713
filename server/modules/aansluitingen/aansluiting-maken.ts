import type { Aansluiting, AansluitRijUit, CreateAansluiting } from '../../../common/api/aansluitingen.js';
import type { ServiceContext } from '../../context.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import * as repo from './aansluitingen.repository.js';
import { presentAansluiting } from './aansluitingen.presenter.js';
import { beslisSleutel, leesBron, naarEngineRij } from './bronnen.js';
import { type Beslissing, rijSleutel, sluitAan } from './engine/index.js';
import { eenmalig } from './idempotentie.js';
import { checkMagAansluiten, requireZichtbareAansluiting } from './toegang.js';

/**
 * Makes an aansluiting: reads both sources, applies the decisions reviewers took earlier for the
 * same pair of sources in this driehoek, runs the engine and keeps rows and result. At most once
 * per Idempotency-Key.
 */
export async function createAansluiting(ctx: ServiceContext, invoer: CreateAansluiting, sleutel: string): Promise<{ aansluiting: Aansluiting; isHerhaald: boolean }> {
  const { id, isHerhaald } = await eenmalig(
    ctx,
    { sleutel, route: 'POST /aansluitingen', verzoek: invoer },
    () => bereidVoor(ctx, invoer),
    async (tx, rij) => {
      const opgeslagen = await repo.insertAansluiting(tx, rij);
      await auditFromContext(tx, ctx, {
        actie: 'aansluiting.aangemaakt',
        entiteit: 'aansluiting',
        entiteitId: opgeslagen.id,
        na: { driehoekId: rij.driehoekId, links: rij.bronLinks, rechts: rij.bronRechts, gekoppeld: rij.aantalGekoppeld, volledigheid: rij.volledigheid },
      });
      return opgeslagen.id;
    },
  );
  return { aansluiting: presentAansluiting(await requireZichtbareAansluiting(ctx, ctx.db, id)), isHerhaald };
}

async function bereidVoor(ctx: ServiceContext, invoer: CreateAansluiting): Promise<repo.AansluitingInsert> {
  const driehoek = await checkMagAansluiten(ctx, ctx.db, invoer.driehoekId);
  const links = await leesBron(ctx, invoer.links, 'links', driehoek, invoer.rechts.soort);
  const rechts = await leesBron(ctx, invoer.rechts, 'rechts', driehoek, invoer.links.soort);
  const eerder = await repo.findBeslissingen(ctx.db, driehoek.id, links.soort, rechts.soort);
  const resultaat = sluitAan(links.rijen.map(naarEngineRij), rechts.rijen.map(naarEngineRij), {
    beslissingen: naarRijen(eerder, links.rijen, rechts.rijen),
  });
  const nu = ctx.clock.now();
  return {
    id: newId(),
    driehoekId: driehoek.id,
    bronLinks: links.soort,
    bronRechts: rechts.soort,
    bestandsnaamLinks: links.bestandsnaam,
    bestandsnaamRechts: rechts.bestandsnaam,
    rijenLinks: links.rijen,
    rijenRechts: rechts.rijen,
    buitenDriehoekLinks: links.buitenDriehoek,
    buitenDriehoekRechts: rechts.buitenDriehoek,
    resultaat: { gekoppeld: resultaat.gekoppeld, alleenLinks: resultaat.alleenLinks, alleenRechts: resultaat.alleenRechts },
    volledigheid: resultaat.volledigheid,
    aantalGekoppeld: resultaat.gekoppeld.length,
    aangemaaktDoorId: ctx.actor.persoonId,
    aangemaaktDoorNaam: ctx.actor.naam,
    createdAt: nu,
    updatedAt: nu,
  };
}

/**
 * Stored decisions (by row key) as row numbers of the new lists. A key several rows share goes
 * to the first row not yet fixed by another decision; a rejection covers every such row.
 */
function naarRijen(beslissingen: repo.BeslissingRow[], links: AansluitRijUit[], rechts: AansluitRijUit[]): Beslissing[] {
  const index = (rijen: AansluitRijUit[]) => {
    const map = new Map<string, number[]>();
    for (const r of rijen) {
      const s = beslisSleutel(r, rijSleutel);
      map.set(s, [...(map.get(s) ?? []), r.rij]);
    }
    return map;
  };
  const perL = index(links);
  const perR = index(rechts);
  const bezetL = new Set<number>();
  const bezetR = new Set<number>();
  const uit: Beslissing[] = [];
  for (const b of beslissingen) {
    const ls = perL.get(b.linksSleutel) ?? [];
    const rs = perR.get(b.rechtsSleutel) ?? [];
    if (b.soort === 'afgewezen') {
      for (const l of ls) for (const r of rs) uit.push({ soort: 'afgewezen', links: l, rechts: r });
      continue;
    }
    const l = ls.find((x) => !bezetL.has(x));
    const r = rs.find((x) => !bezetR.has(x));
    if (l === undefined || r === undefined) continue;
    bezetL.add(l);
    bezetR.add(r);
    uit.push({ soort: b.soort as 'bevestigd' | 'handmatig', links: l, rechts: r });
  }
  return uit;
}
