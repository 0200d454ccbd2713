import type { ImportActie } from '../../../../common/api/opdracht-import.js';
import type { ServiceContext } from '../../../context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { InvalidParam } from '../../../errors.js';
import type { Probleem } from '../../../lib/spreadsheets/index.js';
import {
  findOpdrachtenByKenmerken,
  findOpdrachtJaren,
  getRechtenVoor,
  invoerVanRow,
  mergeOpdrachtInvoer,
  type OpdrachtInvoer,
  type OpdrachtJaarRow,
  type OpdrachtRow,
  ValidatieCache,
  validateOpdrachtInput,
} from '../opdrachten.service.js';
import { type Groep, type ImportInstellingen, type JaarWaarden, type Kolomnamen } from './groepen.js';

/** What the import does with one opdracht of the file. */
export interface PlanRegel {
  groep: Groep;
  actie: ImportActie;
  opdrachtId: string | null;
  opmerkingen: string[];
  invoer: OpdrachtInvoer | null;
  bestaand: OpdrachtRow | null;
  isJarenOngewijzigd: boolean;
  driehoekId: string | null;
}

const CHUNK = 5000;

async function inChunks<T, R>(items: T[], size: number, work: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await work(items.slice(i, i + size))));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Opdrachten one side already knows by these kenmerken, keyed "organisatieId\0kenmerk". */
async function bekendeOpdrachten(db: DbOrTx, zijde: 'opdrachtgever' | 'uitvoerder', paren: { orgId: string; kenmerk: string }[]) {
  const bekend = new Map<string, OpdrachtRow>();
  for (const [orgId, lijst] of groupBy(paren, (p) => p.orgId)) {
    const kenmerken = [...new Set(lijst.map((p) => p.kenmerk))];
    const rows = await inChunks(kenmerken, CHUNK, (chunk) => findOpdrachtenByKenmerken(db, zijde, orgId, chunk));
    for (const row of rows) bekend.set(`${orgId}\u0000${zijde === 'opdrachtgever' ? row.kenmerkOpdrachtgever : row.kenmerkUitvoerder}`, row);
  }
  return bekend;
}

const ANDERE = { opdrachtgever: 'uitvoerder', uitvoerder: 'opdrachtgever' } as const;

function andereKenmerk(groep: Groep, instellingen: ImportInstellingen): string | null {
  return instellingen.zijde === 'opdrachtgever' ? groep.rij.waarden.kenmerkUitvoerder : groep.rij.waarden.kenmerkOpdrachtgever;
}

function andereOrg(groep: Groep, instellingen: ImportInstellingen): string | null {
  return instellingen.zijde === 'opdrachtgever' ? groep.uitvoeringsorganisatieId : groep.opdrachtgeverId;
}

function jarenNaarInvoer(jaren: Map<number, JaarWaarden>, basis: OpdrachtInvoer['jaren'] = []): OpdrachtInvoer['jaren'] {
  const samen = new Map(basis.map((j) => [j.jaar, { ...j }]));
  for (const [jaar, w] of jaren) {
    const j = samen.get(jaar) ?? { jaar, budget: null, fte: null };
    if (w.budget !== undefined) j.budget = w.budget;
    if (w.fte !== undefined) j.fte = w.fte;
    samen.set(jaar, j);
  }
  return [...samen.values()].sort((a, b) => a.jaar - b.jaar);
}

function kenmerken(groep: Groep, instellingen: ImportInstellingen) {
  const ander = andereKenmerk(groep, instellingen);
  return instellingen.zijde === 'opdrachtgever'
    ? { kenmerkOpdrachtgever: groep.kenmerk, kenmerkUitvoerder: ander }
    : { kenmerkOpdrachtgever: ander, kenmerkUitvoerder: groep.kenmerk };
}

function nieuweInvoer(groep: Groep, instellingen: ImportInstellingen, namen: Kolomnamen): OpdrachtInvoer | null {
  const w = groep.rij.waarden;
  if (w.titel === null) groep.problemen.push(namen.probleem(groep.rij.rij, ['titel'], 'titel-ontbreekt', 'een nieuwe opdracht heeft een titel nodig'));
  // A name that could not be resolved is reported already.
  if (groep.opdrachtgeverId === null && w.opdrachtgever === null) {
    groep.problemen.push(namen.probleem(groep.rij.rij, ['opdrachtgever'], 'opdrachtgever-ontbreekt', 'geen opdrachtgever: voeg een kolom Opdrachtgever toe of kies er een bij de import'));
  }
  if (w.titel === null || groep.opdrachtgeverId === null) return null;
  return {
    titel: w.titel,
    omschrijving: w.omschrijving,
    opdrachtgeverId: groep.opdrachtgeverId,
    opdrachtgeverPersoonId: null,
    uitvoeringsorganisatieId: groep.uitvoeringsorganisatieId,
    beleidsterreinId: groep.beleidsterreinId ?? null,
    soort: w.soort ?? instellingen.soort ?? 'overig',
    wettelijkeGrondslag: null,
    startdatum: w.startdatum,
    einddatum: w.einddatum,
    status: w.status ?? 'concept',
    ...kenmerken(groep, instellingen),
    afspraakId: null,
    labels: [],
    voortgangFrequentie: 'kwartaal',
    jaren: jarenNaarInvoer(groep.jaren),
  };
}

/** What the file says about a known opdracht, merged onto it; an empty cell changes nothing. */
function bijgewerkteInvoer(groep: Groep, bestaand: OpdrachtRow, jaren: OpdrachtJaarRow[], instellingen: ImportInstellingen, opmerkingen: string[]) {
  const w = groep.rij.waarden;
  const voor = invoerVanRow(bestaand, jaren);
  const k = kenmerken(groep, instellingen);
  const patch = {
    ...(w.titel !== null ? { titel: w.titel } : {}),
    ...(w.omschrijving !== null ? { omschrijving: w.omschrijving } : {}),
    ...(w.opdrachtgever !== null && groep.opdrachtgeverId ? { opdrachtgeverId: groep.opdrachtgeverId } : {}),
    ...(w.uitvoeringsorganisatie !== null ? { uitvoeringsorganisatieId: groep.uitvoeringsorganisatieId } : {}),
    ...(groep.beleidsterreinId !== undefined ? { beleidsterreinId: groep.beleidsterreinId } : {}),
    ...(w.soort !== null ? { soort: w.soort } : {}),
    ...(w.startdatum !== null ? { startdatum: w.startdatum } : {}),
    ...(w.einddatum !== null ? { einddatum: w.einddatum } : {}),
    ...(k.kenmerkOpdrachtgever !== null ? { kenmerkOpdrachtgever: k.kenmerkOpdrachtgever } : {}),
    ...(k.kenmerkUitvoerder !== null ? { kenmerkUitvoerder: k.kenmerkUitvoerder } : {}),
  };
  const na = { ...mergeOpdrachtInvoer(voor, patch), jaren: jarenNaarInvoer(groep.jaren, voor.jaren) };
  if (w.status !== null && w.status !== bestaand.status) {
    opmerkingen.push(`de status in het bestand (${w.status}) wordt bij bijwerken niet overgenomen; de status wijzigt alleen via een statuswijziging (nu: ${bestaand.status})`);
  }
  return { voor, na };
}

const zelfde = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function veldSleutels(name: string, invoer: OpdrachtInvoer): string[] {
  const jaar = /^jaren\.(\d+)\./.exec(name);
  if (jaar) {
    const j = invoer.jaren[Number(jaar[1])]?.jaar;
    return [`budget.${j}`, `fte.${j}`, 'jaar', 'budget', 'fte'];
  }
  const veld = name.replace(/Id$/, '');
  return veld === 'opdrachtgever' ? ['opdrachtgever'] : [veld];
}

function naarProblemen(rij: number, params: InvalidParam[], invoer: OpdrachtInvoer, namen: Kolomnamen): Probleem[] {
  return params.map((p) => namen.probleem(rij, veldSleutels(p.name, invoer), p.code, p.reason));
}

/**
 * Decides per opdracht of the file: new, update of the opdracht the importing side knows by
 * that kenmerk, unchanged, or invalid (with its problems). Runs the register's own validation
 * and rights, asking the database once per chunk, agency, driehoek and rights pair.
 */
export async function maakPlan(db: DbOrTx, ctx: ServiceContext, groepen: Groep[], instellingen: ImportInstellingen, namen: Kolomnamen): Promise<PlanRegel[]> {
  const zijde = instellingen.zijde;
  const zijdeOrg = (g: Groep) => (zijde === 'opdrachtgever' ? g.opdrachtgeverId : g.uitvoeringsorganisatieId);
  const eigen = groepen.filter((g) => g.kenmerk !== null && zijdeOrg(g) !== null).map((g) => ({ orgId: zijdeOrg(g)!, kenmerk: g.kenmerk! }));
  const bekend = await bekendeOpdrachten(db, zijde, eigen);
  const ander = groepen.filter((g) => andereKenmerk(g, instellingen) !== null && andereOrg(g, instellingen) !== null)
    .map((g) => ({ orgId: andereOrg(g, instellingen)!, kenmerk: andereKenmerk(g, instellingen)! }));
  const bekendAnder = await bekendeOpdrachten(db, ANDERE[zijde], ander);
  const jaren = groupBy(await inChunks([...bekend.values()].map((r) => r.id), CHUNK, (ids) => findOpdrachtJaren(db, ids)), (j) => j.opdrachtId);

  const cache = new ValidatieCache();
  const rechten = new Map<string, Promise<boolean>>();
  const magVastleggen = (driehoekId: string, opdrachtgeverId: string, uitvoeringsorganisatieId: string) => {
    const key = `${driehoekId}|${opdrachtgeverId}|${uitvoeringsorganisatieId}`;
    let mag = rechten.get(key);
    if (!mag) {
      mag = getRechtenVoor(ctx, db, { driehoekId, opdrachtgeverId, uitvoeringsorganisatieId }).then((r) => r.magWijzigen);
      rechten.set(key, mag);
    }
    return mag;
  };
  const andereInBestand = new Map<string, number>();

  const regels: PlanRegel[] = [];
  for (const groep of groepen) {
    const opmerkingen: string[] = [];
    const bestaand = groep.kenmerk !== null && zijdeOrg(groep) !== null ? (bekend.get(`${zijdeOrg(groep)}\u0000${groep.kenmerk}`) ?? null) : null;
    let invoer: OpdrachtInvoer | null;
    let isOngewijzigd = false;
    let isJarenOngewijzigd = false;
    if (bestaand) {
      const { voor, na } = bijgewerkteInvoer(groep, bestaand, jaren.get(bestaand.id) ?? [], instellingen, opmerkingen);
      invoer = na;
      isJarenOngewijzigd = zelfde(voor.jaren, na.jaren);
      isOngewijzigd = isJarenOngewijzigd && zelfde({ ...voor, jaren: [] }, { ...na, jaren: [] });
    } else {
      invoer = nieuweInvoer(groep, instellingen, namen);
      if (groep.kenmerk === null) opmerkingen.push('zonder kenmerk: een volgende import van deze lijst maakt deze opdracht opnieuw aan');
    }

    const anderKenmerk = andereKenmerk(groep, instellingen);
    if (anderKenmerk !== null && andereOrg(groep, instellingen) !== null) {
      const key = `${andereOrg(groep, instellingen)}\u0000${anderKenmerk}`;
      const sleutel = zijde === 'opdrachtgever' ? 'kenmerkUitvoerder' : 'kenmerkOpdrachtgever';
      const elders = bekendAnder.get(key);
      const eerdereRij = andereInBestand.get(key);
      if (elders && elders.id !== bestaand?.id) {
        groep.problemen.push(namen.probleem(groep.rij.rij, [sleutel], 'kenmerk-bestaat-al', `het kenmerk '${anderKenmerk}' hoort al bij een andere opdracht (${elders.titel})`));
      } else if (eerdereRij !== undefined) {
        groep.problemen.push(namen.probleem(groep.rij.rij, [sleutel], 'dubbel-kenmerk', `het kenmerk '${anderKenmerk}' staat ook in rij ${eerdereRij}`));
      } else {
        andereInBestand.set(key, groep.rij.rij);
      }
    }

    let driehoekId: string | null = null;
    if (invoer && !isOngewijzigd) {
      const validatie = await validateOpdrachtInput(db, ctx, invoer, { cache, kenmerkenControleren: false, ...(bestaand ? { bestaand } : {}) });
      groep.problemen.push(...naarProblemen(groep.rij.rij, validatie.invalidParams, invoer, namen));
      driehoekId = validatie.driehoekId;
      if (driehoekId && validatie.invalidParams.length === 0) {
        const magNieuw = await magVastleggen(driehoekId, invoer.opdrachtgeverId, invoer.uitvoeringsorganisatieId);
        const magOud = !bestaand || (await magVastleggen(bestaand.driehoekId, bestaand.opdrachtgeverId, bestaand.uitvoeringsorganisatieId));
        if (!magNieuw || !magOud) {
          groep.problemen.push(namen.probleem(groep.rij.rij, ['opdrachtgever'], 'geen-recht',
            'u mag voor deze opdrachtgever geen opdrachten vastleggen of wijzigen (alleen voor uw eigen organisatie of een daaronder, in een driehoek waarin u opdrachtgever bent)'));
        }
      }
    }
    const actie: ImportActie = groep.problemen.length > 0 ? 'ongeldig' : bestaand ? (isOngewijzigd ? 'ongewijzigd' : 'bijwerken') : 'nieuw';
    regels.push({ groep, actie, opdrachtId: bestaand?.id ?? null, opmerkingen, invoer, bestaand, isJarenOngewijzigd, driehoekId });
  }
  return regels;
}
