import type { Opdracht, OpdrachtJaar, OpdrachtStatuswijziging } from '../../../common/api/opdrachten.js';
import type { Voortgangsmelding } from '../../../common/api/voortgangsmeldingen.js';
import type { OpdrachtSoort, OpdrachtStatus, VoortgangFrequentie, VoortgangStatus } from '../../../common/enums.js';
import { toIsoDate } from '../../lib/dates.js';
import type { OpdrachtJaarRow, OpdrachtMetNamen, StatuswijzigingRow } from './opdrachten.repository.js';
import type { VoortgangsmeldingRow } from './voortgangsmeldingen.repository.js';

/** fte is numeric(…,1) in the database: a string there, a number with one decimal here. */
export const fteGetal = (value: string | number | null): number | null => (value === null ? null : Math.round(Number(value) * 10) / 10);

export function presentJaar(row: OpdrachtJaarRow): OpdrachtJaar {
  return { jaar: row.jaar, budget: row.budgetCent === null ? null : Number(row.budgetCent), fte: fteGetal(row.fte) };
}

export function presentOpdracht(row: OpdrachtMetNamen, jaarRows: OpdrachtJaarRow[]): Opdracht {
  const o = row.opdracht;
  const jaren = jaarRows.map(presentJaar);
  return {
    id: o.id,
    titel: o.titel,
    omschrijving: o.omschrijving,
    opdrachtgeverId: o.opdrachtgeverId,
    opdrachtgever: row.opdrachtgever,
    opdrachtgeverPersoonId: o.opdrachtgeverPersoonId,
    opdrachtgeverPersoon: o.opdrachtgeverPersoonId && row.persoonNaam ? { id: o.opdrachtgeverPersoonId, naam: row.persoonNaam } : null,
    uitvoeringsorganisatieId: o.uitvoeringsorganisatieId,
    uitvoeringsorganisatie: row.uitvoeringsorganisatie,
    driehoekId: o.driehoekId,
    beleidsterreinId: o.beleidsterreinId,
    beleidsterrein: o.beleidsterreinId && row.beleidsterreinNaam ? { id: o.beleidsterreinId, naam: row.beleidsterreinNaam } : null,
    soort: o.soort as OpdrachtSoort,
    wettelijkeGrondslag: o.wettelijkeGrondslag,
    startdatum: toIsoDate(o.startdatum),
    einddatum: toIsoDate(o.einddatum),
    status: o.status as OpdrachtStatus,
    kenmerkOpdrachtgever: o.kenmerkOpdrachtgever,
    kenmerkUitvoerder: o.kenmerkUitvoerder,
    afspraakId: o.afspraakId,
    labels: o.labels,
    voortgangFrequentie: o.voortgangFrequentie as VoortgangFrequentie,
    jaren,
    totaalBudget: jaren.reduce((sum, j) => sum + (j.budget ?? 0), 0),
    totaalFte: Math.round(jaren.reduce((sum, j) => sum + (j.fte ?? 0) * 10, 0)) / 10,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function presentStatuswijziging(row: StatuswijzigingRow): OpdrachtStatuswijziging {
  return {
    id: row.id,
    van: row.van as OpdrachtStatus | null,
    naar: row.naar as OpdrachtStatus,
    doorPersoonId: row.doorPersoonId,
    doorOmschrijving: row.doorOmschrijving,
    toelichting: row.toelichting,
    tijdstip: row.tijdstip.toISOString(),
  };
}

export function presentVoortgangsmelding(row: VoortgangsmeldingRow): Voortgangsmelding {
  return {
    id: row.id,
    opdrachtId: row.opdrachtId,
    periode: row.periode,
    status: row.status as VoortgangStatus,
    tekst: row.tekst,
    gemeldDoorId: row.gemeldDoor,
    gemeldDoorNaam: row.gemeldDoorNaam,
    gemeldOp: row.gemeldOp.toISOString(),
    isBevestigd: row.bevestigdOp !== null,
    bevestigdDoorId: row.bevestigdDoor,
    bevestigdDoorNaam: row.bevestigdDoorNaam,
    bevestigdOp: row.bevestigdOp?.toISOString() ?? null,
    reactie: row.reactie,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
