import type { OrganisatieSoort, RolSoort } from './enums.js';

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
