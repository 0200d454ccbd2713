import { sql } from 'drizzle-orm';
import type { Portfolio, PortfolioQuery } from '../../../common/api/portfolio.js';
import type { OpdrachtSoort, OpdrachtStatus } from '../../../common/enums.js';
import { hasRol, type ServiceContext } from '../../context.js';
import { zichtbaarVoor } from '../../db/visibility.js';
import { invalid, notFound } from '../../errors.js';
import { getOrganisatieRows } from '../organisaties/organisaties.service.js';
import { fteGetal } from './opdrachten.presenter.js';
import * as repo from './portfolio.repository.js';

const TIJDLIJN_MAX = 2000;

const totaal = (r: repo.TotaalRow) => ({ budget: Number(r.budget), fte: fteGetal(r.fte) ?? 0, aantal: r.aantal });
const org = (id: string, naam: string | null, afkorting: string | null) => ({ id, naam: naam ?? '', afkorting });
/** Largest budget first; ties by fte, then by name, so the order never depends on the database. */
const byBudget = <T extends { budget: number; fte: number }>(naam: (x: T) => string) => (a: T, b: T) =>
  b.budget - a.budget || b.fte - a.fte || naam(a).localeCompare(naam(b), 'nl');

function perJaarVan(rows: repo.TotaalRow[]) {
  return rows.filter((r) => r.jaar !== null).map((r) => ({ jaar: r.jaar!, ...totaal(r) })).sort((a, b) => a.jaar - b.jaar);
}

/** Turns the grouping-sets rows into the portfolio's totals. */
function presentTotalen(rows: repo.TotaalRow[]) {
  const set = (og: number, uo: number, bt: number, soort: number, status: number, jaar: number) =>
    rows.filter((r) => r.g_og === og && r.g_uo === uo && r.g_bt === bt && r.g_soort === soort && r.g_status === status && r.g_jaar === jaar);
  const alles = set(1, 1, 1, 1, 1, 1)[0];
  const opdrachtgeverJaren = set(0, 1, 1, 1, 1, 0);
  const uitvoerderJaren = set(1, 0, 1, 1, 1, 0);
  return {
    totaal: alles ? totaal(alles) : { budget: 0, fte: 0, aantal: 0 },
    perJaar: perJaarVan(set(1, 1, 1, 1, 1, 0)),
    perOpdrachtgever: set(0, 1, 1, 1, 1, 1)
      .map((r) => ({
        organisatie: org(r.opdrachtgever_id!, r.og_naam, r.og_afkorting),
        ...totaal(r),
        perJaar: perJaarVan(opdrachtgeverJaren.filter((j) => j.opdrachtgever_id === r.opdrachtgever_id)),
      }))
      .sort(byBudget((x) => x.organisatie.naam)),
    perUitvoeringsorganisatie: set(1, 0, 1, 1, 1, 1)
      .map((r) => ({
        organisatie: org(r.uitvoeringsorganisatie_id!, r.uo_naam, r.uo_afkorting),
        ...totaal(r),
        perJaar: perJaarVan(uitvoerderJaren.filter((j) => j.uitvoeringsorganisatie_id === r.uitvoeringsorganisatie_id)),
      }))
      .sort(byBudget((x) => x.organisatie.naam)),
    perBeleidsterrein: set(1, 1, 0, 1, 1, 1)
      .map((r) => ({ beleidsterrein: r.beleidsterrein_id ? { id: r.beleidsterrein_id, naam: r.bt_naam ?? '' } : null, ...totaal(r) }))
      .sort(byBudget((x) => x.beleidsterrein?.naam ?? '')),
    perSoort: set(1, 1, 1, 0, 1, 1).map((r) => ({ soort: r.soort as OpdrachtSoort, ...totaal(r) })).sort(byBudget((x) => x.soort)),
    perStatus: set(1, 1, 1, 1, 0, 1).map((r) => ({ status: r.status as OpdrachtStatus, ...totaal(r) })).sort(byBudget((x) => x.status)),
  };
}

async function getPortfolio(ctx: ServiceContext, organisatie: { id: string; naam: string; afkorting: string | null }, scope: Omit<repo.PortfolioScope, 'zichtbaar'>): Promise<Portfolio> {
  const items = zichtbaarVoor(ctx.actor, sql.raw('o.driehoek_id'));
  // A lezer sees aggregates across every driehoek, never the opdrachten themselves (ARCHITECTURE.md).
  const isAlleenTotalen = hasRol(ctx.actor, 'lezer') && !ctx.actor.isBeheerder;
  const [totalen, tijdlijn] = await Promise.all([
    repo.findTotalen(ctx.db, { ...scope, zichtbaar: isAlleenTotalen ? sql`true` : items }),
    repo.findTijdlijn(ctx.db, { ...scope, zichtbaar: items }, TIJDLIJN_MAX + 1),
  ]);
  return {
    organisatie: { id: organisatie.id, naam: organisatie.naam, afkorting: organisatie.afkorting },
    jaarVan: scope.jaarVan,
    jaarTot: scope.jaarTot,
    ...presentTotalen(totalen),
    tijdlijn: tijdlijn.slice(0, TIJDLIJN_MAX).map((r) => ({
      id: r.id,
      titel: r.titel,
      opdrachtgever: org(r.opdrachtgever_id, r.og_naam, r.og_afkorting),
      uitvoeringsorganisatie: org(r.uitvoeringsorganisatie_id, r.uo_naam, r.uo_afkorting),
      startdatum: r.startdatum,
      einddatum: r.einddatum,
      status: r.status as OpdrachtStatus,
    })),
    isTijdlijnIngekort: tijdlijn.length > TIJDLIJN_MAX,
    isAlleenTotalen,
  };
}

async function requireOrganisatie(ctx: ServiceContext, id: string) {
  const [row] = await getOrganisatieRows(ctx.db, [id]);
  if (!row) throw notFound('organisatie-niet-gevonden');
  return row;
}

/**
 * Every opdracht of every commissioner of one agency that the caller may see, totalled per
 * opdrachtgever, beleidsterrein, soort, status and year (budget in cents, fte), with a timeline.
 */
export async function getPortfolioUitvoeringsorganisatie(ctx: ServiceContext, id: string, query: PortfolioQuery) {
  const organisatie = await requireOrganisatie(ctx, id);
  if (organisatie.soort !== 'uitvoeringsorganisatie') {
    throw invalid([{ name: 'id', code: 'geen-uitvoeringsorganisatie', reason: `${organisatie.naam} is geen uitvoeringsorganisatie` }]);
  }
  return getPortfolio(ctx, organisatie, { uitvoeringsorganisatieId: id, status: query.status, jaarVan: query.jaarVan ?? null, jaarTot: query.jaarTot ?? null });
}

/** The same across agencies for a commissioning organisation and every organisation below it. */
export async function getPortfolioOpdrachtgever(ctx: ServiceContext, id: string, query: PortfolioQuery) {
  const organisatie = await requireOrganisatie(ctx, id);
  return getPortfolio(ctx, organisatie, { opdrachtgeverBoomId: id, status: query.status, jaarVan: query.jaarVan ?? null, jaarTot: query.jaarTot ?? null });
}
