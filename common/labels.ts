import type { OpdrachtSoort, OpdrachtStatus, OrganisatieSoort, RolSoort, VoortgangFrequentie, VoortgangStatus } from './enums.js';

/** Dutch labels (with diacritics) for enum values; identifiers carry none. */
export const ORGANISATIE_SOORT_LABELS: Record<OrganisatieSoort, string> = {
  ministerie: 'Ministerie',
  bestuursstaf: 'Bestuursstaf (SG/pSG)',
  'directoraat-generaal': 'Directoraat-generaal',
  directie: 'Directie',
  uitvoeringsorganisatie: 'Uitvoeringsorganisatie',
  onderdeel: 'Onderdeel',
};

export const ROL_LABELS: Record<RolSoort, string> = {
  opdrachtgever: 'Opdrachtgever',
  opdrachtnemer: 'Opdrachtnemer',
  eigenaar: 'Eigenaar',
  'coordinerend-opdrachtgever': 'Coördinerend opdrachtgever',
  procescoordinator: 'Procescoördinator',
  adviseur: 'Adviseur opdrachtgeverschap',
  lezer: 'Lezer',
  beheerder: 'Beheerder',
};

export const OPDRACHT_SOORT_LABELS: Record<OpdrachtSoort, string> = {
  'staande-taak': 'Staande taak',
  wijziging: 'Wijziging',
  wetgeving: 'Wetgeving',
  project: 'Project',
  overig: 'Overig',
};

export const OPDRACHT_STATUS_LABELS: Record<OpdrachtStatus, string> = {
  concept: 'Concept',
  afgesproken: 'Afgesproken',
  'in-uitvoering': 'In uitvoering',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
};

export const VOORTGANG_FREQUENTIE_LABELS: Record<VoortgangFrequentie, string> = {
  maand: 'Elke maand',
  kwartaal: 'Elk kwartaal',
  halfjaar: 'Elk halfjaar',
};

export const VOORTGANG_STATUS_LABELS: Record<VoortgangStatus, string> = {
  groen: 'Groen: volgens plan',
  oranje: 'Oranje: aandacht nodig',
  rood: 'Rood: ernstig risico',
};
