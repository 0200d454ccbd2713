import type { ImportAantallen, ImportProbleem, ImportRij } from '../../../../common/api/opdracht-import.js';
import type { ServiceContext } from '../../../context.js';
import type { DbOrTx } from '../../../db/client.js';
import { AppError, registerErrorCodes } from '../../../errors.js';
import { BestandFout, type Probleem, parseRow, readTable, type Tabel } from '../../../lib/spreadsheets/index.js';
import { type Groep, groepeer, type ImportInstellingen, Kolomnamen, type Opgelost } from './groepen.js';
import { maakPlan, type PlanRegel } from './import-plan.js';
import { Verwijzingen } from './verwijzingen.js';

registerErrorCodes({
  'bestand-onleesbaar': { status: 400, title: 'Bestand niet te lezen' },
});

/** How many problems and rows an answer lists; the counts always cover the whole file. */
export const MAX_IN_ANTWOORD = 1000;

export interface GelezenBestand {
  tabel: Omit<Tabel, 'rows'>;
  aantalRijen: number;
  groepen: Groep[];
  namen: Kolomnamen;
}

export interface Analyse extends GelezenBestand {
  regels: PlanRegel[];
  problemen: Probleem[];
}

/**
 * Reads the file, parses every row and resolves the organisations and beleidsterreinen named in
 * it. Pure reading plus reference look-ups, so it runs before any transaction is opened.
 */
export async function leesBestand(ctx: ServiceContext, bestand: Uint8Array, bestandsnaam: string, instellingen: ImportInstellingen): Promise<GelezenBestand> {
  let tabel: Tabel;
  try {
    tabel = await readTable(bestand, { filename: bestandsnaam, ...(instellingen.kolommen ? { mapping: instellingen.kolommen } : {}) });
  } catch (error) {
    if (error instanceof BestandFout) throw new AppError('bestand-onleesbaar', error.message);
    throw error;
  }
  const rijen = tabel.rows.map((r) => parseRow(r, tabel));
  const verwijzingen = new Verwijzingen(ctx);
  const opgelost: Opgelost = { organisaties: new Map(), beleidsterreinen: new Map() };
  const orgNamen = new Set(rijen.flatMap((r) => [r.waarden.opdrachtgever, r.waarden.uitvoeringsorganisatie]).filter((n): n is string => n !== null));
  for (const naam of orgNamen) opgelost.organisaties.set(naam, await verwijzingen.organisatie(naam));
  for (const naam of new Set(rijen.map((r) => r.waarden.beleidsterrein).filter((n): n is string => n !== null))) {
    opgelost.beleidsterreinen.set(naam, await verwijzingen.beleidsterrein(naam));
  }
  const namen = new Kolomnamen(tabel.kolommen);
  const { rows: _rows, ...zonderRijen } = tabel;
  return { tabel: zonderRijen, aantalRijen: tabel.rows.length, groepen: groepeer(rijen, instellingen, opgelost, namen), namen };
}

function bestandsProblemen(tabel: GelezenBestand['tabel'], aantalRijen: number): Probleem[] {
  const problemen = [...tabel.problemen];
  if (aantalRijen === 0) {
    problemen.push({ rij: tabel.kopRij, kolom: null, veld: null, code: 'geen-rijen', melding: `Onder de kopregel (rij ${tabel.kopRij}) staan geen opdrachten` });
  }
  if (!tabel.mapping.titel && !tabel.mapping.kenmerk && !tabel.mapping.kenmerkOpdrachtgever && !tabel.mapping.kenmerkUitvoerder) {
    problemen.push({
      rij: tabel.kopRij, kolom: null, veld: 'titel', code: 'geen-titelkolom',
      melding: `In de kopregel (rij ${tabel.kopRij}) is geen kolom voor de titel of het kenmerk herkend; geef de kolommen op met een mapping, bijvoorbeeld {"titel":"${tabel.headers[0] ?? 'Omschrijving'}"}`,
    });
  }
  return problemen;
}

/** The file read and every opdracht planned against the register as `db` sees it. */
export async function analyseer(ctx: ServiceContext, db: DbOrTx, gelezen: GelezenBestand, instellingen: ImportInstellingen): Promise<Analyse> {
  const regels = await maakPlan(db, ctx, gelezen.groepen, instellingen, gelezen.namen);
  const problemen = [...bestandsProblemen(gelezen.tabel, gelezen.aantalRijen), ...regels.flatMap((r) => r.groep.problemen)].sort((a, b) => a.rij - b.rij);
  return { ...gelezen, regels, problemen };
}

export function aantallenVan(analyse: Pick<Analyse, 'regels' | 'aantalRijen'>): ImportAantallen {
  const tel = (actie: string) => analyse.regels.filter((r) => r.actie === actie).length;
  return {
    rijen: analyse.aantalRijen,
    opdrachten: analyse.regels.length,
    nieuw: tel('nieuw'),
    bijwerken: tel('bijwerken'),
    ongewijzigd: tel('ongewijzigd'),
    ongeldig: tel('ongeldig'),
  };
}

export function presentRegel(regel: PlanRegel): ImportRij {
  return {
    rij: regel.groep.rij.rij,
    ookRijen: regel.groep.ookRijen,
    actie: regel.actie,
    kenmerk: regel.groep.kenmerk,
    titel: regel.invoer?.titel ?? regel.groep.rij.waarden.titel,
    opdrachtId: regel.opdrachtId,
    opmerkingen: regel.opmerkingen,
  };
}

export function presentProbleem(p: Probleem): ImportProbleem {
  return { rij: p.rij, kolom: p.kolom, veld: p.veld, code: p.code, melding: p.melding };
}
