import type { OrganisatieSoort } from '../../../common/enums.js';

/**
 * Fictional demo organisations. The ministries and agencies carry real names so the demo reads
 * familiar, but everything recorded about them here is made up. Keys are local to the seed; the
 * loader gives every row a fresh id. Abbreviations repeat across ministries on purpose ("FEZ"),
 * as they do in real life, so pickers and the CLI must cope with ambiguity.
 */
export interface DemoOrganisatie {
  key: string;
  naam: string;
  afkorting?: string;
  soort: OrganisatieSoort;
  parent?: string;
  actiefVan?: string;
  actiefTot?: string;
}

/** The SG/pSG's staff (the eigenaar corner) with its FEZ directie, as every ministry has. */
function bestuursstaf(ministerie: string, afkorting: string): DemoOrganisatie[] {
  return [
    { key: `${ministerie}-bs`, naam: `Bestuursstaf ${afkorting}`, soort: 'bestuursstaf', parent: ministerie },
    { key: `${ministerie}-fez`, naam: 'Directie Financieel-Economische Zaken', afkorting: 'FEZ', soort: 'directie', parent: `${ministerie}-bs` },
  ];
}

const ministeries: DemoOrganisatie[] = [
  { key: 'szw', naam: 'Ministerie van Sociale Zaken en Werkgelegenheid', afkorting: 'SZW', soort: 'ministerie' },
  ...bestuursstaf('szw', 'SZW'),
  { key: 'szw-ub', naam: 'Directie Uitvoeringsbeleid', afkorting: 'UB', soort: 'directie', parent: 'szw-bs' },
  { key: 'szw-dgw', naam: 'Directoraat-generaal Werk', afkorting: 'DG Werk', soort: 'directoraat-generaal', parent: 'szw' },
  { key: 'szw-am', naam: 'Directie Arbeidsmarkt', afkorting: 'AM', soort: 'directie', parent: 'szw-dgw' },
  { key: 'szw-wr', naam: 'Directie Werknemersregelingen', afkorting: 'WR', soort: 'directie', parent: 'szw-dgw' },
  { key: 'szw-dgszi', naam: 'Directoraat-generaal Sociale Zekerheid en Integratie', afkorting: 'DG SZI', soort: 'directoraat-generaal', parent: 'szw' },
  { key: 'szw-ib', naam: 'Directie Inkomensbeleid', afkorting: 'IB', soort: 'directie', parent: 'szw-dgszi' },
  { key: 'szw-pend', naam: 'Directie Participatie en Decentralisatie', afkorting: 'PenD', soort: 'directie', parent: 'szw-dgszi' },
  // Reorganised away at the end of 2024; the Inburgering terrein still points here on purpose.
  { key: 'szw-si', naam: 'Directie Samenleving en Integratie', afkorting: 'SI', soort: 'directie', parent: 'szw-dgszi', actiefVan: '2012-01-01', actiefTot: '2024-12-31' },
  { key: 'szw-ieni', naam: 'Directie Inburgering en Integratie', afkorting: 'IenI', soort: 'directie', parent: 'szw-dgszi', actiefVan: '2025-01-01' },

  { key: 'ocw', naam: 'Ministerie van Onderwijs, Cultuur en Wetenschap', afkorting: 'OCW', soort: 'ministerie' },
  ...bestuursstaf('ocw', 'OCW'),
  { key: 'ocw-dghbwe', naam: 'Directoraat-generaal Hoger Onderwijs, Beroepsonderwijs, Wetenschap en Emancipatie', afkorting: 'DG HBWE', soort: 'directoraat-generaal', parent: 'ocw' },
  { key: 'ocw-hos', naam: 'Directie Hoger Onderwijs en Studiefinanciering', afkorting: 'HO&S', soort: 'directie', parent: 'ocw-dghbwe' },
  { key: 'ocw-mbo', naam: 'Directie Middelbaar Beroepsonderwijs', afkorting: 'MBO', soort: 'directie', parent: 'ocw-dghbwe' },
  { key: 'ocw-dgpvo', naam: 'Directoraat-generaal Primair en Voortgezet Onderwijs', afkorting: 'DG PVO', soort: 'directoraat-generaal', parent: 'ocw' },
  { key: 'ocw-po', naam: 'Directie Primair Onderwijs', afkorting: 'PO', soort: 'directie', parent: 'ocw-dgpvo' },
  { key: 'ocw-vo', naam: 'Directie Voortgezet Onderwijs', afkorting: 'VO', soort: 'directie', parent: 'ocw-dgpvo' },

  { key: 'jenv', naam: 'Ministerie van Justitie en Veiligheid', afkorting: 'JenV', soort: 'ministerie' },
  ...bestuursstaf('jenv', 'JenV'),
  { key: 'jenv-dgm', naam: 'Directoraat-generaal Migratie', afkorting: 'DGM', soort: 'directoraat-generaal', parent: 'jenv' },
  { key: 'jenv-dmb', naam: 'Directie Migratiebeleid', afkorting: 'DMB', soort: 'directie', parent: 'jenv-dgm' },
  { key: 'jenv-drm', naam: 'Directie Regie Migratieketen', afkorting: 'DRM', soort: 'directie', parent: 'jenv-dgm' },
  { key: 'jenv-dgsenb', naam: 'Directoraat-generaal Straffen en Beschermen', afkorting: 'DGSenB', soort: 'directoraat-generaal', parent: 'jenv' },
  { key: 'jenv-dsens', naam: 'Directie Sanctie- en Slachtofferbeleid', afkorting: 'DSenS', soort: 'directie', parent: 'jenv-dgsenb' },
  { key: 'jenv-dgrr', naam: 'Directoraat-generaal Rechtspleging en Rechtshandhaving', afkorting: 'DGRR', soort: 'directoraat-generaal', parent: 'jenv' },
  { key: 'jenv-drc', naam: 'Directie Rechtshandhaving en Criminaliteitsbestrijding', afkorting: 'DRC', soort: 'directie', parent: 'jenv-dgrr' },

  { key: 'ez', naam: 'Ministerie van Economische Zaken', afkorting: 'EZ', soort: 'ministerie' },
  ...bestuursstaf('ez', 'EZ'),
  { key: 'ez-dged', naam: 'Directoraat-generaal Economie en Digitalisering', afkorting: 'DGED', soort: 'directoraat-generaal', parent: 'ez' },
  { key: 'ez-ienk', naam: 'Directie Innovatie en Kennis', afkorting: 'IenK', soort: 'directie', parent: 'ez-dged' },
  { key: 'ez-de', naam: 'Directie Digitale Economie', afkorting: 'DE', soort: 'directie', parent: 'ez-dged' },
  { key: 'ez-dgoi', naam: 'Directoraat-generaal Ondernemen en Innovatie', afkorting: 'DGOI', soort: 'directoraat-generaal', parent: 'ez' },
  { key: 'ez-ok', naam: 'Directie Ondernemingsklimaat', afkorting: 'OK', soort: 'directie', parent: 'ez-dgoi' },

  { key: 'lnv', naam: 'Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur', afkorting: 'LVVN', soort: 'ministerie' },
  ...bestuursstaf('lnv', 'LVVN'),
  { key: 'lnv-dgagro', naam: 'Directoraat-generaal Agro', afkorting: 'DG Agro', soort: 'directoraat-generaal', parent: 'lnv' },
  { key: 'lnv-pav', naam: 'Directie Plantaardige Agroketens en Voedselkwaliteit', afkorting: 'PAV', soort: 'directie', parent: 'lnv-dgagro' },
  { key: 'lnv-dad', naam: 'Directie Dierlijke Agroketens en Dierenwelzijn', afkorting: 'DAD', soort: 'directie', parent: 'lnv-dgagro' },
  { key: 'lnv-dgnvg', naam: 'Directoraat-generaal Natuur, Visserij en Gebiedsgericht werken', afkorting: 'DG NVG', soort: 'directoraat-generaal', parent: 'lnv' },
  { key: 'lnv-nb', naam: 'Directie Natuur en Biodiversiteit', afkorting: 'N&B', soort: 'directie', parent: 'lnv-dgnvg' },
];

// ZBO's (UWV, SVB) stand apart from the ministry; agentschappen hang under their ministry.
const uitvoeringsorganisaties: DemoOrganisatie[] = [
  { key: 'uwv', naam: 'Uitvoeringsinstituut Werknemersverzekeringen', afkorting: 'UWV', soort: 'uitvoeringsorganisatie' },
  { key: 'uwv-uitkeren', naam: 'Divisie Uitkeren', soort: 'onderdeel', parent: 'uwv' },
  { key: 'uwv-smz', naam: 'Divisie Sociaal Medische Zaken', afkorting: 'SMZ', soort: 'onderdeel', parent: 'uwv' },
  { key: 'uwv-wb', naam: 'Divisie Werkbedrijf', soort: 'onderdeel', parent: 'uwv' },
  { key: 'uwv-gd', naam: 'Divisie Gegevensdiensten', soort: 'onderdeel', parent: 'uwv' },
  { key: 'svb', naam: 'Sociale Verzekeringsbank', afkorting: 'SVB', soort: 'uitvoeringsorganisatie' },
  { key: 'duo', naam: 'Dienst Uitvoering Onderwijs', afkorting: 'DUO', soort: 'uitvoeringsorganisatie', parent: 'ocw' },
  { key: 'duo-sf', naam: 'Directie Studiefinanciering', afkorting: 'SF', soort: 'onderdeel', parent: 'duo' },
  { key: 'duo-inb', naam: 'Directie Inburgering', soort: 'onderdeel', parent: 'duo' },
  { key: 'duo-fez', naam: 'Afdeling Financieel-Economische Zaken', afkorting: 'FEZ', soort: 'onderdeel', parent: 'duo' },
  { key: 'ind', naam: 'Immigratie- en Naturalisatiedienst', afkorting: 'IND', soort: 'uitvoeringsorganisatie', parent: 'jenv' },
  { key: 'ind-ab', naam: 'Directie Asiel en Bescherming', afkorting: 'A&B', soort: 'onderdeel', parent: 'ind' },
  { key: 'ind-rvn', naam: 'Directie Regulier Verblijf en Nederlanderschap', afkorting: 'RVN', soort: 'onderdeel', parent: 'ind' },
  { key: 'cjib', naam: 'Centraal Justitieel Incassobureau', afkorting: 'CJIB', soort: 'uitvoeringsorganisatie', parent: 'jenv' },
  { key: 'rvo', naam: 'Rijksdienst voor Ondernemend Nederland', afkorting: 'RVO', soort: 'uitvoeringsorganisatie', parent: 'ez' },
  { key: 'rvo-ln', naam: 'Divisie Landbouw en Natuur', soort: 'onderdeel', parent: 'rvo' },
  { key: 'rvo-ii', naam: 'Divisie Innovatie en Internationaal', soort: 'onderdeel', parent: 'rvo' },
];

export const DEMO_ORGANISATIES: readonly DemoOrganisatie[] = [...ministeries, ...uitvoeringsorganisaties];

export interface DemoDriehoek {
  uitvoeringsorganisatie: string;
  eigenaar: string;
  /** The first is the coördinerend opdrachtgever. */
  opdrachtgevers: string[];
}

export const DEMO_DRIEHOEKEN: readonly DemoDriehoek[] = [
  { uitvoeringsorganisatie: 'uwv', eigenaar: 'szw-bs', opdrachtgevers: ['szw-dgw', 'szw-dgszi'] },
  { uitvoeringsorganisatie: 'svb', eigenaar: 'szw-bs', opdrachtgevers: ['szw-dgszi'] },
  // Inburgering makes SZW a commissioner of an OCW agency.
  { uitvoeringsorganisatie: 'duo', eigenaar: 'ocw-bs', opdrachtgevers: ['ocw-dghbwe', 'ocw-dgpvo', 'szw-dgszi'] },
  { uitvoeringsorganisatie: 'ind', eigenaar: 'jenv-bs', opdrachtgevers: ['jenv-dgm'] },
  { uitvoeringsorganisatie: 'cjib', eigenaar: 'jenv-bs', opdrachtgevers: ['jenv-dgsenb', 'jenv-dgrr'] },
  // Owned by EZ, but most of the work comes from LVVN, whose DG Agro therefore coordinates.
  { uitvoeringsorganisatie: 'rvo', eigenaar: 'ez-bs', opdrachtgevers: ['lnv-dgagro', 'lnv-dgnvg', 'ez-dged'] },
];
