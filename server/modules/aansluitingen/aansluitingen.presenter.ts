import type {
  Aansluiting,
  AansluitBronSoort,
  AansluitingSamenvatting,
  AansluitRijUit,
  Beslissing,
  KoppelingUit,
} from '../../../common/api/aansluitingen.js';
import type { AansluitingRow, AansluitingSamenvattingRow, BeslissingRow } from './aansluitingen.repository.js';

/** What is stored as `resultaat`: the engine's result as amended by decisions. */
export interface OpgeslagenResultaat {
  gekoppeld: KoppelingUit[];
  alleenLinks: number[];
  alleenRechts: number[];
}

type Samenvattend = Pick<
  AansluitingRow,
  'id' | 'driehoekId' | 'bronLinks' | 'bronRechts' | 'bestandsnaamLinks' | 'bestandsnaamRechts' | 'buitenDriehoekLinks' | 'buitenDriehoekRechts'
  | 'volledigheid' | 'aantalGekoppeld' | 'aangemaaktDoorId' | 'aangemaaktDoorNaam' | 'version' | 'createdAt' | 'updatedAt'
>;

function basis(row: Samenvattend, aantalLinks: number, aantalRechts: number): AansluitingSamenvatting {
  return {
    id: row.id,
    driehoekId: row.driehoekId,
    links: { soort: row.bronLinks as AansluitBronSoort, bestandsnaam: row.bestandsnaamLinks, aantalRijen: aantalLinks, buitenDriehoek: row.buitenDriehoekLinks },
    rechts: { soort: row.bronRechts as AansluitBronSoort, bestandsnaam: row.bestandsnaamRechts, aantalRijen: aantalRechts, buitenDriehoek: row.buitenDriehoekRechts },
    aantalGekoppeld: row.aantalGekoppeld,
    volledigheid: Math.round(row.volledigheid * 1000) / 1000,
    aangemaaktDoor: { id: row.aangemaaktDoorId, naam: row.aangemaaktDoorNaam },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSamenvatting(row: AansluitingSamenvattingRow): AansluitingSamenvatting {
  return basis(row, row.aantalLinks, row.aantalRechts);
}

export function presentAansluiting(row: AansluitingRow): Aansluiting {
  const links = row.rijenLinks as AansluitRijUit[];
  const rechts = row.rijenRechts as AansluitRijUit[];
  const resultaat = row.resultaat as OpgeslagenResultaat;
  return { ...basis(row, links.length, rechts.length), ...resultaat, rijen: { links, rechts } };
}

export function presentBeslissing(row: BeslissingRow, aansluitingId: string, links: number, rechts: number): Beslissing {
  return {
    id: row.id,
    aansluitingId,
    soort: row.soort as Beslissing['soort'],
    links,
    rechts,
    door: row.doorNaam,
    tijdstip: row.tijdstip.toISOString(),
  };
}
