import type { OpdrachtSoort, OpdrachtStatus, VoortgangFrequentie } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { InvalidParam } from '../../errors.js';
import { findBeleidsterreinRow } from '../beleidsterreinen/beleidsterreinen.service.js';
import { type DriehoekHoeken, findDriehoekVanUitvoeringsorganisatie } from '../driehoeken/driehoeken.service.js';
import { getOrganisatieRows, getSubtreeIds } from '../organisaties/organisaties.service.js';
import { getPersoonRow } from '../personen/personen.service.js';
import * as repo from './opdrachten.repository.js';

/** Every field of an opdracht as it will be stored: a create, or an update merged onto the row. */
export interface OpdrachtInvoer {
  titel: string;
  omschrijving: string | null;
  opdrachtgeverId: string;
  opdrachtgeverPersoonId: string | null;
  uitvoeringsorganisatieId: string;
  beleidsterreinId: string | null;
  soort: OpdrachtSoort;
  wettelijkeGrondslag: string | null;
  startdatum: string | null;
  einddatum: string | null;
  status: OpdrachtStatus;
  kenmerkOpdrachtgever: string | null;
  kenmerkUitvoerder: string | null;
  afspraakId: string | null;
  labels: string[];
  voortgangFrequentie: VoortgangFrequentie;
  /** Budget in euro cents and fte, per year. */
  jaren: { jaar: number; budget: number | null; fte: number | null }[];
}

/**
 * Look-ups a validation needs, remembered across calls: an import validating many rows asks the
 * database once per agency, driehoek, beleidsterrein and persoon instead of once per row.
 */
export class ValidatieCache {
  readonly organisaties = new Map<string, Promise<{ id: string; naam: string; soort: string } | null>>();
  readonly driehoeken = new Map<string, Promise<DriehoekHoeken | null>>();
  readonly toegestaneOpdrachtgevers = new Map<string, Promise<Set<string>>>();
  readonly beleidsterreinen = new Map<string, Promise<boolean>>();
  readonly personen = new Map<string, Promise<boolean>>();
}

function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (!value) {
    value = load();
    map.set(key, value);
  }
  return value;
}

export interface OpdrachtValidatie {
  /** Problems with the input, all at once (400). */
  invalidParams: InvalidParam[];
  /** Kenmerken another opdracht of the same side already has (409 in the API). */
  conflicten: InvalidParam[];
  /** The driehoek of the uitvoeringsorganisatie; null when it has none (then also a problem). */
  driehoekId: string | null;
}

async function organisatie(db: DbOrTx, cache: ValidatieCache, id: string) {
  return remember(cache.organisaties, id, async () => (await getOrganisatieRows(db, [id]))[0] ?? null);
}

/** The organisations an opdracht of this driehoek may have as opdrachtgever: its corners and all below. */
async function toegestaneOpdrachtgevers(db: DbOrTx, cache: ValidatieCache, hoeken: DriehoekHoeken): Promise<Set<string>> {
  return remember(cache.toegestaneOpdrachtgevers, hoeken.driehoekId, async () => {
    const ids = new Set<string>();
    for (const hoek of hoeken.opdrachtgeverIds) for (const id of await getSubtreeIds(db, hoek)) ids.add(id);
    return ids;
  });
}

function checkLooptijd(input: OpdrachtInvoer): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const isAchterstevoren = input.startdatum !== null && input.einddatum !== null && input.einddatum < input.startdatum;
  if (isAchterstevoren) {
    problems.push({ name: 'einddatum', code: 'voor-startdatum', reason: 'de einddatum ligt vóór de startdatum' });
  }
  // Years are judged against a looptijd only when that looptijd itself makes sense.
  const van = input.startdatum && !isAchterstevoren ? Number(input.startdatum.slice(0, 4)) : null;
  const tot = input.einddatum && !isAchterstevoren ? Number(input.einddatum.slice(0, 4)) : null;
  const gezien = new Set<number>();
  input.jaren.forEach((j, i) => {
    const name = `jaren.${i}.jaar`;
    if (gezien.has(j.jaar)) problems.push({ name, code: 'dubbel', reason: `${j.jaar} staat al eerder in de lijst van jaren` });
    else if ((van !== null && j.jaar < van) || (tot !== null && j.jaar > tot)) {
      // Budget outside the looptijd is almost always a typo in the year or in the dates.
      problems.push({ name, code: 'buiten-looptijd', reason: `${j.jaar} valt buiten de looptijd (${van ?? '…'}–${tot ?? '…'}); pas de jaren of de looptijd aan` });
    }
    gezien.add(j.jaar);
  });
  return problems;
}

/**
 * Checks an opdracht against the register's rules without writing anything: the agency has a
 * driehoek, the opdrachtgever is one of its opdrachtgever corners or below one, referenced
 * beleidsterrein and persoon exist, the looptijd runs forward and the years fall within it, and
 * each side's kenmerk is not taken. Rights are not checked here (see `getRechtenVoor`). Pass one
 * `ValidatieCache` to validate many rows; `bestaand` is the row being updated (what it already
 * holds is not judged again).
 */
export async function validateOpdrachtInput(
  db: DbOrTx,
  _ctx: ServiceContext,
  input: OpdrachtInvoer,
  options: { cache?: ValidatieCache; bestaand?: repo.OpdrachtRow; kenmerkenControleren?: boolean } = {},
): Promise<OpdrachtValidatie> {
  const cache = options.cache ?? new ValidatieCache();
  const problems: InvalidParam[] = [];
  let driehoekId: string | null = null;

  const agency = await organisatie(db, cache, input.uitvoeringsorganisatieId);
  if (!agency) {
    problems.push({ name: 'uitvoeringsorganisatieId', code: 'onbekend', reason: 'deze organisatie bestaat niet' });
  } else if (agency.soort !== 'uitvoeringsorganisatie') {
    problems.push({ name: 'uitvoeringsorganisatieId', code: 'geen-uitvoeringsorganisatie', reason: `${agency.naam} is geen uitvoeringsorganisatie` });
  } else {
    const hoeken = await remember(cache.driehoeken, agency.id, () => findDriehoekVanUitvoeringsorganisatie(db, agency.id));
    if (!hoeken) {
      problems.push({ name: 'uitvoeringsorganisatieId', code: 'geen-driehoek', reason: `${agency.naam} heeft (nog) geen driehoek; leg die eerst vast` });
    } else {
      driehoekId = hoeken.driehoekId;
      const opdrachtgever = await organisatie(db, cache, input.opdrachtgeverId);
      // A pair already stored is not re-judged, so a later change of the corners never blocks other edits.
      const isOngewijzigd = options.bestaand?.opdrachtgeverId === input.opdrachtgeverId
        && options.bestaand.uitvoeringsorganisatieId === input.uitvoeringsorganisatieId;
      if (!opdrachtgever) {
        problems.push({ name: 'opdrachtgeverId', code: 'onbekend', reason: 'deze organisatie bestaat niet' });
      } else if (!isOngewijzigd && !(await toegestaneOpdrachtgevers(db, cache, hoeken)).has(opdrachtgever.id)) {
        problems.push({
          name: 'opdrachtgeverId',
          code: 'geen-opdrachtgever-van-driehoek',
          reason: `${opdrachtgever.naam} is geen opdrachtgever in de driehoek van ${agency.naam} en valt ook niet onder een opdrachtgever daarvan`,
        });
      }
    }
  }
  if (input.beleidsterreinId && input.beleidsterreinId !== options.bestaand?.beleidsterreinId && !(await remember(cache.beleidsterreinen, input.beleidsterreinId, async () => (await findBeleidsterreinRow(db, input.beleidsterreinId!)) !== null))) {
    problems.push({ name: 'beleidsterreinId', code: 'onbekend', reason: 'dit beleidsterrein bestaat niet' });
  }
  if (input.opdrachtgeverPersoonId && input.opdrachtgeverPersoonId !== options.bestaand?.opdrachtgeverPersoonId && !(await remember(cache.personen, input.opdrachtgeverPersoonId, async () => (await getPersoonRow(db, input.opdrachtgeverPersoonId!)) !== null))) {
    problems.push({ name: 'opdrachtgeverPersoonId', code: 'onbekend', reason: 'deze persoon bestaat niet' });
  }
  problems.push(...checkLooptijd(input));

  const conflicten: InvalidParam[] = [];
  if (options.kenmerkenControleren !== false) {
    const bezet = await repo.findKenmerkConflicten(db, input, options.bestaand?.id);
    if (bezet.opdrachtgever) {
      conflicten.push({ name: 'kenmerkOpdrachtgever', code: 'kenmerk-bestaat-al', reason: `deze opdrachtgever heeft al een opdracht met kenmerk '${input.kenmerkOpdrachtgever}'` });
    }
    if (bezet.uitvoerder) {
      conflicten.push({ name: 'kenmerkUitvoerder', code: 'kenmerk-bestaat-al', reason: `deze uitvoeringsorganisatie heeft al een opdracht met kenmerk '${input.kenmerkUitvoerder}'` });
    }
  }
  return { invalidParams: problems, conflicten, driehoekId };
}
