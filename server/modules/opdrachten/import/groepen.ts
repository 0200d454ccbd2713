import type { ImportZijde } from '../../../../common/api/opdracht-import.js';
import { createOpdrachtSchema } from '../../../../common/api/opdrachten.js';
import type { OpdrachtSoort } from '../../../../common/enums.js';
import type { GeparseerdeRij, Kolom, Kolommapping, Probleem } from '../../../lib/spreadsheets/index.js';
import type { Verwijzing } from './verwijzingen.js';

export interface ImportInstellingen {
  zijde: ImportZijde;
  uitvoeringsorganisatieId: string;
  opdrachtgeverId: string | null;
  jaar: number | null;
  soort: OpdrachtSoort | null;
  kolommen: Kolommapping | null;
}

export interface JaarWaarden {
  budget?: number | null;
  fte?: number | null;
}

/** One opdracht of the file: a row, or several rows of one kenmerk with one year each. */
export interface Groep {
  rij: GeparseerdeRij;
  ookRijen: number[];
  kenmerk: string | null;
  opdrachtgeverId: string | null;
  uitvoeringsorganisatieId: string;
  /** undefined: the file has no beleidsterrein for it (an update keeps what is stored). */
  beleidsterreinId: string | undefined;
  jaren: Map<number, JaarWaarden>;
  problemen: Probleem[];
}

export interface Opgelost {
  organisaties: Map<string, Verwijzing>;
  beleidsterreinen: Map<string, Verwijzing>;
}

/** The header of the column a field came from, to name it in a message. */
export class Kolomnamen {
  private readonly bySleutel = new Map<string, Kolom>();
  constructor(kolommen: Kolom[]) {
    for (const k of kolommen) if (k.sleutel) this.bySleutel.set(k.sleutel, k);
  }
  kolom(...sleutels: string[]): Kolom | null {
    for (const s of sleutels) {
      const k = this.bySleutel.get(s);
      if (k) return k;
    }
    return null;
  }
  probleem(rij: number, sleutels: string[], code: string, reden: string): Probleem {
    const k = this.kolom(...sleutels);
    return {
      rij,
      kolom: k?.kop ?? null,
      veld: k?.sleutel ?? sleutels[0] ?? null,
      code,
      melding: k ? `Rij ${rij}, kolom '${k.kop}' (${k.letter}): ${reden}` : `Rij ${rij}: ${reden}`,
    };
  }
}

/** The kenmerk of the importing side: its own column, else the generic kenmerk column. */
export function kenmerkVanZijde(rij: GeparseerdeRij, zijde: ImportZijde): string | null {
  const w = rij.waarden;
  return zijde === 'opdrachtgever' ? (w.kenmerkOpdrachtgever ?? w.kenmerk) : (w.kenmerkUitvoerder ?? w.kenmerk);
}

function verwijzing(rij: number, waarde: string | null, map: Map<string, Verwijzing>, veld: string, namen: Kolomnamen, problemen: Probleem[]): string | null | undefined {
  if (waarde === null) return undefined;
  const v = map.get(waarde);
  if (v && 'id' in v) return v.id;
  problemen.push(namen.probleem(rij, [veld], `${veld}-onbekend`, v?.reden ?? `'${waarde}' is onbekend`));
  return null;
}

/** Budget and fte of one row per year: year columns, else the jaar column, else the import's year or the looptijd's one year. */
function jarenVan(rij: GeparseerdeRij, instellingen: ImportInstellingen, namen: Kolomnamen, problemen: Probleem[]): Map<number, JaarWaarden> {
  const w = rij.waarden;
  const jaren = new Map<number, JaarWaarden>();
  const zet = (jaar: number, veld: 'budget' | 'fte', waarde: number, sleutel: string) => {
    const j = jaren.get(jaar) ?? {};
    if (j[veld] !== undefined) {
      problemen.push(namen.probleem(rij.rij, [sleutel], 'dubbel-jaar', `${veld} voor ${jaar} staat ook in een andere kolom van deze rij`));
      return;
    }
    if (veld === 'budget' && waarde < 0) {
      problemen.push(namen.probleem(rij.rij, [sleutel], 'negatief-bedrag', 'een budget kan niet negatief zijn'));
      return;
    }
    jaren.set(jaar, { ...j, [veld]: waarde });
  };
  for (const [jaar, budget] of Object.entries(w.budgetPerJaar)) zet(Number(jaar), 'budget', budget, `budget.${jaar}`);
  for (const [jaar, fte] of Object.entries(w.ftePerJaar)) zet(Number(jaar), 'fte', fte, `fte.${jaar}`);
  if (w.budget === null && w.fte === null) return jaren;
  const eenJaar = w.startdatum && (!w.einddatum || w.einddatum.slice(0, 4) === w.startdatum.slice(0, 4)) ? Number(w.startdatum.slice(0, 4)) : null;
  const jaar = w.jaar ?? instellingen.jaar ?? eenJaar;
  if (jaar === null) {
    problemen.push(namen.probleem(rij.rij, [w.budget !== null ? 'budget' : 'fte'], 'geen-jaar',
      `bij ${w.budget !== null ? 'dit bedrag' : 'deze fte'} hoort geen jaar: voeg een kolom Jaar toe, gebruik een kolom per jaar (zoals Begroting 2027) of geef het jaar op bij de import`));
    return jaren;
  }
  if (w.budget !== null) zet(jaar, 'budget', w.budget, 'budget');
  if (w.fte !== null) zet(jaar, 'fte', w.fte, 'fte');
  return jaren;
}

function checkTekst(rij: GeparseerdeRij, namen: Kolomnamen, problemen: Probleem[]) {
  for (const veld of ['titel', 'omschrijving'] as const) {
    const waarde = rij.waarden[veld];
    if (waarde === null) continue;
    const check = createOpdrachtSchema.shape[veld].safeParse(waarde);
    if (!check.success) problemen.push(namen.probleem(rij.rij, [veld], `ongeldige-${veld}`, check.error.issues[0]?.message ?? 'ongeldig'));
  }
}

/**
 * Groups the rows into opdrachten: rows sharing the importing side's kenmerk are one opdracht
 * when each gives another year (a list with one row per opdracht per year); otherwise the
 * second is a duplicate and reported. Resolves names to ids and reads years.
 */
export function groepeer(rijen: GeparseerdeRij[], instellingen: ImportInstellingen, opgelost: Opgelost, namen: Kolomnamen): Groep[] {
  const groepen: Groep[] = [];
  const perKenmerk = new Map<string, Groep>();
  for (const rij of rijen) {
    // The register's own validation names a looptijd that runs backwards.
    const problemen = rij.problemen.filter((p) => p.code !== 'eind-voor-start');
    const w = rij.waarden;
    const opdrachtgeverId = verwijzing(rij.rij, w.opdrachtgever, opgelost.organisaties, 'opdrachtgever', namen, problemen);
    const uitvoeringsorganisatieId = verwijzing(rij.rij, w.uitvoeringsorganisatie, opgelost.organisaties, 'uitvoeringsorganisatie', namen, problemen);
    const beleidsterreinId = verwijzing(rij.rij, w.beleidsterrein, opgelost.beleidsterreinen, 'beleidsterrein', namen, problemen);
    checkTekst(rij, namen, problemen);
    const groep: Groep = {
      rij,
      ookRijen: [],
      kenmerk: kenmerkVanZijde(rij, instellingen.zijde),
      opdrachtgeverId: opdrachtgeverId === undefined ? instellingen.opdrachtgeverId : opdrachtgeverId,
      uitvoeringsorganisatieId: uitvoeringsorganisatieId ?? instellingen.uitvoeringsorganisatieId,
      beleidsterreinId: beleidsterreinId ?? undefined,
      jaren: jarenVan(rij, instellingen, namen, problemen),
      problemen,
    };
    if (groep.kenmerk === null) {
      groepen.push(groep);
      continue;
    }
    const zijdeOrg = instellingen.zijde === 'opdrachtgever' ? groep.opdrachtgeverId : groep.uitvoeringsorganisatieId;
    const sleutel = `${zijdeOrg ?? '?'}\u0000${groep.kenmerk}`;
    const eerder = perKenmerk.get(sleutel);
    if (!eerder) {
      perKenmerk.set(sleutel, groep);
      groepen.push(groep);
    } else if (w.jaar !== null && eerder.rij.waarden.jaar !== null) {
      voegJarenToe(eerder, groep, namen);
    } else {
      eerder.problemen.push(namen.probleem(rij.rij, ['kenmerk', 'kenmerkOpdrachtgever', 'kenmerkUitvoerder'], 'dubbel-kenmerk',
        `het kenmerk '${groep.kenmerk}' staat ook in rij ${eerder.rij.rij}; geef elke opdracht één rij, of één rij per jaar met een kolom Jaar`));
      eerder.ookRijen.push(rij.rij);
    }
  }
  return groepen;
}

function voegJarenToe(eerder: Groep, groep: Groep, namen: Kolomnamen) {
  eerder.ookRijen.push(groep.rij.rij);
  eerder.problemen.push(...groep.problemen);
  for (const [jaar, waarden] of groep.jaren) {
    if (eerder.jaren.has(jaar)) {
      eerder.problemen.push(namen.probleem(groep.rij.rij, ['jaar'], 'dubbel-jaar', `het kenmerk '${eerder.kenmerk}' heeft het jaar ${jaar} al in rij ${eerder.rij.rij}`));
    } else {
      eerder.jaren.set(jaar, waarden);
    }
  }
}
