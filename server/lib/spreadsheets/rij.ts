import { parseBedrag } from './bedrag.js';
import { parseDatum } from './datum.js';
import type { Cell, Kolom, Parsed, Probleem, Tabel, TabelRij } from './types.js';
import type { OpdrachtSoort, OpdrachtStatus } from '../../../common/enums.js';
import {
  parseFte,
  parseJaar,
  parseKenmerk,
  parseSoort,
  parseStatus,
  parseTekst,
} from './waarden.js';

/** The typed values of one row; absent columns and empty cells are null. Amounts in cents. */
export interface OpdrachtWaarden {
  kenmerk: string | null;
  kenmerkOpdrachtgever: string | null;
  kenmerkUitvoerder: string | null;
  titel: string | null;
  omschrijving: string | null;
  /** Organisations and beleidsterrein as written (name, abbreviation or id): resolving is the caller's. */
  opdrachtgever: string | null;
  uitvoeringsorganisatie: string | null;
  beleidsterrein: string | null;
  soort: OpdrachtSoort | null;
  status: OpdrachtStatus | null;
  startdatum: string | null;
  einddatum: string | null;
  /** From a column without a year ("Budget"), in cents. */
  budget: number | null;
  fte: number | null;
  jaar: number | null;
  /** From year columns ("Begroting 2027"), cents per year. */
  budgetPerJaar: Record<number, number>;
  ftePerJaar: Record<number, number>;
}

export interface GeparseerdeRij {
  rij: number;
  waarden: OpdrachtWaarden;
  problemen: Probleem[];
}

const TEKSTLENGTE: Partial<Record<string, number>> = { titel: 500, omschrijving: 10_000, opdrachtgever: 200, uitvoeringsorganisatie: 200, beleidsterrein: 200 };

/**
 * Parses the raw values of a row into typed values; every value that cannot be read becomes a
 * problem naming row and column ("Rij 12, kolom 'Budget 2027' (D): '12,3,4' is geen bedrag")
 * and stays null.
 */
export function parseRow(row: TabelRij, tabel: Pick<Tabel, 'kolommen'>): GeparseerdeRij {
  const problemen: Probleem[] = [];
  const waarden: OpdrachtWaarden = {
    kenmerk: null, kenmerkOpdrachtgever: null, kenmerkUitvoerder: null, titel: null, omschrijving: null,
    opdrachtgever: null, uitvoeringsorganisatie: null, beleidsterrein: null, soort: null, status: null,
    startdatum: null, einddatum: null, budget: null, fte: null, jaar: null, budgetPerJaar: {}, ftePerJaar: {},
  };
  for (const kolom of tabel.kolommen) {
    if (kolom.sleutel === null || kolom.veld === null) continue;
    const raw = row.values[kolom.sleutel] ?? null;
    if (raw === null) continue;
    const resultaat = parseCel(kolom, raw);
    if (!resultaat.ok) {
      problemen.push(celProbleem(row.rij, kolom, 'ongeldige-waarde', resultaat.reden));
      continue;
    }
    const waarde = resultaat.waarde;
    if (waarde === null) continue;
    const max = TEKSTLENGTE[kolom.veld];
    if (max !== undefined && typeof waarde === 'string' && waarde.length > max) {
      problemen.push(celProbleem(row.rij, kolom, 'te-lang', `de tekst is langer dan ${max} tekens`));
      continue;
    }
    if (kolom.jaar !== null) {
      (kolom.veld === 'budget' ? waarden.budgetPerJaar : waarden.ftePerJaar)[kolom.jaar] = waarde as number;
    } else {
      (waarden as unknown as Record<string, unknown>)[kolom.veld] = waarde;
    }
  }
  if (waarden.startdatum && waarden.einddatum && waarden.einddatum < waarden.startdatum) {
    const kolom = tabel.kolommen.find((k) => k.sleutel === 'einddatum');
    problemen.push({
      rij: row.rij, kolom: kolom?.kop ?? null, veld: 'einddatum', code: 'eind-voor-start',
      melding: `Rij ${row.rij}: de einddatum ${waarden.einddatum} ligt vóór de startdatum ${waarden.startdatum}`,
    });
  }
  return { rij: row.rij, waarden, problemen };
}

function parseCel(kolom: Kolom, raw: Cell): Parsed<unknown> {
  switch (kolom.veld) {
    case 'kenmerk':
    case 'kenmerkOpdrachtgever':
    case 'kenmerkUitvoerder':
      return parseKenmerk(raw);
    case 'budget':
      return parseBedrag(raw, { factor: kolom.factor });
    case 'fte':
      return parseFte(raw);
    case 'jaar':
      return parseJaar(raw);
    case 'startdatum':
      return parseDatum(raw, { rond: 'begin' });
    case 'einddatum':
      return parseDatum(raw, { rond: 'eind' });
    case 'soort':
      return parseSoort(raw);
    case 'status':
      return parseStatus(raw);
    default:
      return parseTekst(raw);
  }
}

/** A problem with one cell, with a message that names row and column. */
export function celProbleem(rij: number, kolom: Pick<Kolom, 'kop' | 'letter' | 'sleutel'>, code: string, reden: string): Probleem {
  return {
    rij,
    kolom: kolom.kop,
    veld: kolom.sleutel,
    code,
    melding: `Rij ${rij}, kolom '${kolom.kop}' (${kolom.letter}): ${reden}`,
  };
}


