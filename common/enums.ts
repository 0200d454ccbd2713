/** Domain enums shared by server and web. Values are kebab-case Dutch (DOMAIN.md). */

export const ORGANISATIE_SOORTEN = [
  'ministerie',
  'bestuursstaf',
  'directoraat-generaal',
  'directie',
  'uitvoeringsorganisatie',
  'onderdeel',
] as const;
export type OrganisatieSoort = (typeof ORGANISATIE_SOORTEN)[number];

/** Which soort may sit directly under which parent soort (null = top of the tree). */
export const TOEGESTANE_OUDERS: Record<OrganisatieSoort, readonly (OrganisatieSoort | null)[]> = {
  ministerie: [null],
  bestuursstaf: ['ministerie'],
  'directoraat-generaal': ['ministerie'],
  directie: ['directoraat-generaal', 'bestuursstaf', 'ministerie'],
  uitvoeringsorganisatie: [null, 'ministerie'],
  onderdeel: ['uitvoeringsorganisatie', 'onderdeel'],
};

export const ROLLEN = [
  'opdrachtgever',
  'opdrachtnemer',
  'eigenaar',
  'coordinerend-opdrachtgever',
  'procescoordinator',
  'adviseur',
  'lezer',
  'beheerder',
] as const;
export type RolSoort = (typeof ROLLEN)[number];

/** Roles held without a driehoek (DOMAIN.md): beheerder needs no organisation either. */
export const ROLLEN_ZONDER_DRIEHOEK: readonly RolSoort[] = ['beheerder', 'lezer'];

/** The corner of a driehoek a rol belongs to; null for roles that sit outside the corners. */
export const HOEK_VAN_ROL: Record<RolSoort, 'eigenaar' | 'opdrachtgever' | 'opdrachtnemer' | null> = {
  opdrachtgever: 'opdrachtgever',
  'coordinerend-opdrachtgever': 'opdrachtgever',
  adviseur: 'opdrachtgever',
  procescoordinator: null,
  opdrachtnemer: 'opdrachtnemer',
  eigenaar: 'eigenaar',
  lezer: null,
  beheerder: null,
};

export const HOEKEN = ['eigenaar', 'opdrachtgever', 'opdrachtnemer'] as const;
export type Hoek = (typeof HOEKEN)[number];

export const OPDRACHT_SOORTEN = ['staande-taak', 'wijziging', 'wetgeving', 'project', 'overig'] as const;
export type OpdrachtSoort = (typeof OPDRACHT_SOORTEN)[number];

/** The states of an opdracht; which transitions are allowed lives in the opdrachten module. */
export const OPDRACHT_STATUSSEN = ['concept', 'afgesproken', 'in-uitvoering', 'afgerond', 'ingetrokken'] as const;
export type OpdrachtStatus = (typeof OPDRACHT_STATUSSEN)[number];

/** How often the agency reports progress on an opdracht. */
export const VOORTGANG_FREQUENTIES = ['maand', 'kwartaal', 'halfjaar'] as const;
export type VoortgangFrequentie = (typeof VOORTGANG_FREQUENTIES)[number];

export const VOORTGANG_STATUSSEN = ['groen', 'oranje', 'rood'] as const;
export type VoortgangStatus = (typeof VOORTGANG_STATUSSEN)[number];
