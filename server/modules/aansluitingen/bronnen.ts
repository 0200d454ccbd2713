import { type AansluitBronSoort, type AansluitRijUit, type CreateAansluiting } from '../../../common/api/aansluitingen.js';
import { type Opdracht, listOpdrachtenQuery } from '../../../common/api/opdrachten.js';
import type { ServiceContext } from '../../context.js';
import { invalid } from '../../errors.js';
import { BestandFout } from '../../lib/spreadsheets/index.js';
import { API_BASE } from '../../version.js';
import { listOpdrachten } from '../opdrachten/opdrachten.service.js';
import { getOrganisatieRows } from '../organisaties/organisaties.service.js';
import { leesAansluitBestand } from './bestand.js';
import { type AansluitRij, normaliseerOrganisatie, zelfdeOrganisatie } from './engine/index.js';

export interface Bron {
  soort: AansluitBronSoort;
  bestandsnaam: string | null;
  rijen: AansluitRijUit[];
  /** Rows of a list that belong to another agency, left out. */
  buitenDriehoek: number;
}

type BronInvoer = CreateAansluiting['links'];
type Kant = 'links' | 'rechts';

/**
 * The rows of one side: the driehoek's register as the caller sees it, or an uploaded list
 * without the rows of other agencies (a ministry's list covers all its agencies). Bad files and
 * bad column mappings are 400s naming the side.
 */
export async function leesBron(
  ctx: ServiceContext,
  invoer: BronInvoer,
  kant: Kant,
  driehoek: { id: string; uitvoeringsorganisatieId: string },
  andereSoort: AansluitBronSoort,
): Promise<Bron> {
  if (invoer.soort === 'register') {
    return { soort: 'register', bestandsnaam: null, rijen: await registerRijen(ctx, driehoek.id, andereSoort), buitenDriehoek: 0 };
  }
  let bestand;
  try {
    bestand = await leesAansluitBestand(Buffer.from(invoer.inhoud, 'base64'), {
      filename: invoer.bestandsnaam,
      ...(invoer.kolommen ? { mapping: invoer.kolommen } : {}),
    });
  } catch (error) {
    if (error instanceof BestandFout) throw invalid([{ name: `${kant}.inhoud`, code: 'onleesbaar', reason: error.message }]);
    throw error;
  }
  if (bestand.kolomProblemen.length) {
    throw invalid(bestand.kolomProblemen.map((p) => ({ name: `${kant}.kolommen`, code: p.code, reason: p.melding })));
  }
  const [uitvoerder] = await getOrganisatieRows(ctx.db, [driehoek.uitvoeringsorganisatieId]);
  const eigen = [uitvoerder?.naam, uitvoerder?.afkorting].map((n) => normaliseerOrganisatie(n)).filter((n): n is string => n !== null);
  const isVanDriehoek = (rij: AansluitRij) => {
    const naam = normaliseerOrganisatie(rij.uitvoeringsorganisatie);
    return naam === null || eigen.some((e) => zelfdeOrganisatie(e, naam));
  };
  const rijen = bestand.rijen.filter(isVanDriehoek);
  return { soort: invoer.soort, bestandsnaam: invoer.bestandsnaam, rijen: rijen.map(lijstRij), buitenDriehoek: bestand.rijen.length - rijen.length };
}

/** All opdrachten of the driehoek, numbered in the order they were registered. */
async function registerRijen(ctx: ServiceContext, driehoekId: string, andereSoort: AansluitBronSoort): Promise<AansluitRijUit[]> {
  const opdrachten: Opdracht[] = [];
  for (let page = 1; ; page++) {
    const query = listOpdrachtenQuery.parse({ driehoekId, page, pageSize: 200, sort: 'createdAt' });
    const result = await listOpdrachten(ctx, query, `${API_BASE}/opdrachten`);
    opdrachten.push(...result.items);
    if (!result._links.next) break;
  }
  // The kenmerk the other list will carry: an agency's list has the agency's own.
  const kenmerkVan = (o: Opdracht) => (andereSoort === 'lijst-uitvoerder' ? o.kenmerkUitvoerder : o.kenmerkOpdrachtgever);
  return opdrachten.map((o, i) => {
    const budgetPerJaar = Object.fromEntries(o.jaren.filter((j) => j.budget !== null).map((j) => [String(j.jaar), j.budget!]));
    return {
      rij: i + 1,
      opdrachtId: o.id,
      kenmerk: kenmerkVan(o),
      titel: o.titel,
      opdrachtgever: o.opdrachtgever.naam,
      uitvoeringsorganisatie: o.uitvoeringsorganisatie.afkorting ? `${o.uitvoeringsorganisatie.naam} (${o.uitvoeringsorganisatie.afkorting})` : o.uitvoeringsorganisatie.naam,
      beleidsterrein: o.beleidsterrein?.naam ?? null,
      soort: o.soort,
      status: o.status,
      startdatum: o.startdatum,
      einddatum: o.einddatum,
      budgetTotaal: null,
      budgetPerJaar: Object.keys(budgetPerJaar).length ? budgetPerJaar : null,
      fte: o.jaren.some((j) => j.fte !== null) ? o.totaalFte : null,
      jaar: null,
    };
  });
}

function lijstRij(r: AansluitRij): AansluitRijUit {
  const fteJaren = Object.values(r.ftePerJaar ?? {});
  return {
    rij: r.rij,
    opdrachtId: null,
    kenmerk: r.kenmerk ?? null,
    titel: r.titel,
    opdrachtgever: r.opdrachtgever ?? null,
    uitvoeringsorganisatie: r.uitvoeringsorganisatie ?? null,
    beleidsterrein: r.beleidsterrein ?? null,
    soort: r.soort ?? null,
    status: r.status ?? null,
    startdatum: r.startdatum ?? null,
    einddatum: r.einddatum ?? null,
    budgetTotaal: r.budgetTotaal ?? null,
    budgetPerJaar: r.budgetPerJaar ? Object.fromEntries(Object.entries(r.budgetPerJaar).map(([j, b]) => [j, b])) : null,
    fte: r.fte ?? (fteJaren.length ? Math.round(fteJaren.reduce((a, b) => a + b, 0) * 10) / 10 : null),
    jaar: r.jaar ?? null,
  };
}

/** A stored row as the engine takes it. */
export function naarEngineRij(r: AansluitRijUit): AansluitRij {
  return { ...r, budgetPerJaar: r.budgetPerJaar ? Object.fromEntries(Object.entries(r.budgetPerJaar).map(([j, b]) => [Number(j), b])) : null };
}

/**
 * A row's key for decisions: the opdracht for register rows (it survives every edit), else the
 * engine's key (kenmerk, or title, numbers and agency).
 */
export function beslisSleutel(r: AansluitRijUit, engineSleutel: (rij: AansluitRij) => string): string {
  return r.opdrachtId ? `o:${r.opdrachtId}` : engineSleutel(naarEngineRij(r));
}
