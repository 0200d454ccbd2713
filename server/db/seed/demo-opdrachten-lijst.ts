import type { OpdrachtSoort, OpdrachtStatus, VoortgangFrequentie } from '../../../common/enums.js';

/**
 * Fictional demo opdrachten: plausible work for real agencies, every detail made up. Years are
 * relative to the year the demo is loaded (0 = this year), so the demo never goes stale.
 * Keys refer to demo-organisaties.ts and demo-beleidsterreinen.ts.
 */
export interface DemoOpdracht {
  /** The driehoek, by the key of its uitvoeringsorganisatie. */
  driehoek: string;
  opdrachtgever: string;
  terrein: string | null;
  titel: string;
  soort: OpdrachtSoort;
  status: OpdrachtStatus;
  /** First and last year of the looptijd, relative to this year. */
  van: number;
  tot: number;
  /** Budget per year in millions of euros, and fte per year. */
  miljoen: number;
  fte: number;
  kenmerk?: string;
  kenmerkUitvoerder?: string;
  frequentie?: VoortgangFrequentie;
  labels?: string[];
  /** What "Mijn driehoek" should show for it (in uitvoering only); by default it varies. */
  voortgang?: 'onbevestigd' | 'achterstallig' | 'bij';
}

const o = (
  driehoek: string,
  opdrachtgever: string,
  terrein: string | null,
  titel: string,
  soort: OpdrachtSoort,
  status: OpdrachtStatus,
  [van, tot]: [number, number],
  miljoen: number,
  fte: number,
  extra: Partial<DemoOpdracht> = {},
): DemoOpdracht => ({ driehoek, opdrachtgever, terrein, titel, soort, status, van, tot, miljoen, fte, ...extra });

// The demo accounts sit in the UWV driehoek (opdrachtgever@ at Werknemersregelingen, the
// coördinerend opdrachtgever at DG Werk, opdrachtnemer@ at UWV): it gets the most, and both
// an unacknowledged and an overdue check-in for each of them.
const uwv: DemoOpdracht[] = [
  o('uwv', 'szw-wr', 'ww', 'Vereenvoudiging WW-dagloonberekening', 'wetgeving', 'in-uitvoering', [-1, 1], 4.2, 18, { kenmerk: 'SZW-WR-2025-031', kenmerkUitvoerder: 'UWV-PRJ-1187', voortgang: 'onbevestigd', labels: ['vereenvoudiging'] }),
  o('uwv', 'szw-wr', 'wia', 'Herbeoordelingen WIA inhalen', 'project', 'in-uitvoering', [-1, 0], 12.5, 64, { kenmerk: 'SZW-WR-2025-044', kenmerkUitvoerder: 'UWV-SMZ-0213', frequentie: 'maand', voortgang: 'achterstallig', labels: ['achterstanden'] }),
  o('uwv', 'szw-wr', 'zw', 'Ziektewet: eerstejaars-beoordeling digitaal', 'wijziging', 'in-uitvoering', [0, 1], 2.8, 9, { kenmerk: 'SZW-WR-2026-007', voortgang: 'bij' }),
  o('uwv', 'szw-wr', 'ww', 'Uitvoering WW-premiedifferentiatie', 'staande-taak', 'in-uitvoering', [-3, 2], 6.0, 22, { kenmerk: 'SZW-WR-2023-002', kenmerkUitvoerder: 'UWV-ST-0045', frequentie: 'halfjaar', voortgang: 'onbevestigd' }),
  o('uwv', 'szw-wr', 'wia', 'Verkenning WIA-stelsel na advies commissie', 'overig', 'afgesproken', [1, 1], 0.6, 3, { kenmerk: 'SZW-WR-2026-019' }),
  o('uwv', 'szw-wr', 'zw', 'Pilot vangnet Ziektewet flexwerkers', 'project', 'concept', [1, 2], 1.5, 6),
  o('uwv', 'szw-dgw', 'smz', 'Capaciteit verzekeringsartsen vergroten', 'project', 'in-uitvoering', [-2, 1], 9.8, 40, { kenmerk: 'SZW-DGW-2024-003', kenmerkUitvoerder: 'UWV-SMZ-0198', voortgang: 'achterstallig', labels: ['arbeidsmarkt'] }),
  o('uwv', 'szw-dgw', 'smz', 'Taakherschikking sociaal-medische beoordeling', 'wijziging', 'afgerond', [-3, -1], 3.1, 12, { kenmerk: 'SZW-DGW-2023-011' }),
  o('uwv', 'szw-am', 'reintegratie', 'Dienstverlening WW: meer persoonlijk contact', 'staande-taak', 'in-uitvoering', [-2, 2], 14.0, 95, { kenmerk: 'SZW-AM-2024-008', kenmerkUitvoerder: 'UWV-WB-0031', voortgang: 'onbevestigd' }),
  o('uwv', 'szw-am', 'lkv', 'Loonkostenvoordelen: controle achteraf', 'wijziging', 'in-uitvoering', [0, 1], 1.2, 5, { voortgang: 'bij' }),
  o('uwv', 'szw-am', 'twv', 'Tewerkstellingsvergunningen sneller verlenen', 'project', 'afgesproken', [0, 1], 0.9, 4, { kenmerk: 'SZW-AM-2026-002' }),
  o('uwv', 'szw-am', 'reintegratie', 'Regionale werkcentra in 35 arbeidsmarktregio\'s', 'project', 'ingetrokken', [-1, 1], 5.5, 20),
  o('uwv', 'szw-dgszi', 'wajong', 'Wajong: vereenvoudiging inkomensregels', 'wetgeving', 'in-uitvoering', [-1, 1], 2.4, 11, { kenmerk: 'SZW-SZI-2025-017', kenmerkUitvoerder: 'UWV-PRJ-1203', voortgang: 'bij' }),
  o('uwv', 'szw-pend', 'wajong', 'Hersteloperatie Wajong-terugvorderingen', 'project', 'in-uitvoering', [0, 1], 3.7, 15, { voortgang: 'achterstallig', labels: ['herstel'] }),
  o('uwv', 'szw-dgw', 'polis', 'Polisadministratie: kwaliteit loongegevens', 'staande-taak', 'in-uitvoering', [-4, 3], 7.5, 30, { kenmerkUitvoerder: 'UWV-GD-0007', frequentie: 'halfjaar', voortgang: 'bij' }),
  o('uwv', 'szw-wr', 'ww', 'Indexatie WW-maximumdagloon', 'staande-taak', 'afgerond', [-1, -1], 0.3, 1, { kenmerk: 'SZW-WR-2025-001' }),
  o('uwv', 'szw-wr', 'ww', 'Indexatie WW-maximumdagloon volgend jaar', 'staande-taak', 'afgesproken', [1, 1], 0.3, 1, { kenmerk: 'SZW-WR-2026-001' }),
];

const svb: DemoOpdracht[] = [
  o('svb', 'szw-ib', 'aow', 'AOW-leeftijd: verwerking koppeling levensverwachting', 'staande-taak', 'in-uitvoering', [-2, 3], 2.0, 8, { kenmerk: 'SZW-IB-2024-004', voortgang: 'onbevestigd' }),
  o('svb', 'szw-ib', 'akw', 'Kinderbijslag: vereenvoudigde aanvraag', 'wijziging', 'in-uitvoering', [0, 1], 1.8, 7, { voortgang: 'achterstallig' }),
  o('svb', 'szw-ib', 'anw', 'Anw: herziening partnerbegrip', 'wetgeving', 'afgesproken', [1, 2], 1.1, 5, { kenmerk: 'SZW-IB-2026-009' }),
  o('svb', 'szw-pend', 'aio', 'AIO: automatisch toekennen bij onvolledige AOW', 'project', 'in-uitvoering', [-1, 1], 3.4, 14, { kenmerk: 'SZW-PenD-2025-012', voortgang: 'bij', labels: ['niet-gebruik'] }),
  o('svb', 'szw-dgszi', 'aow', 'Dienstverlening AOW in het buitenland', 'staande-taak', 'in-uitvoering', [-5, 2], 4.6, 25, { frequentie: 'halfjaar', voortgang: 'bij' }),
  o('svb', 'szw-ib', 'akw', 'Kindgebonden budget via SVB: verkenning', 'overig', 'concept', [1, 1], 0.4, 2),
  o('svb', 'szw-pend', 'aio', 'AIO-hersteloperatie vermogenstoets', 'project', 'afgerond', [-2, -1], 2.2, 9),
  o('svb', 'szw-ib', 'aow', 'Indexatie AOW-bedragen', 'staande-taak', 'in-uitvoering', [0, 0], 0.2, 1, { voortgang: 'bij' }),
];

const duo: DemoOpdracht[] = [
  o('duo', 'ocw-hos', 'basisbeurs', 'Herinvoering basisbeurs: vervolgfase', 'wetgeving', 'in-uitvoering', [-2, 1], 8.5, 35, { kenmerk: 'OCW-HOS-2024-021', kenmerkUitvoerder: 'DUO-SF-0412', voortgang: 'onbevestigd' }),
  o('duo', 'ocw-hos', 'studieschuld', 'Tegemoetkoming leenstelselgeneratie', 'project', 'in-uitvoering', [-1, 1], 6.1, 28, { kenmerk: 'OCW-HOS-2025-003', voortgang: 'achterstallig' }),
  o('duo', 'ocw-hos', 'collegegeld', 'Collegegeld: halvering eerstejaars afbouwen', 'wijziging', 'afgesproken', [1, 1], 0.8, 3),
  o('duo', 'ocw-mbo', 'diplomaregister', 'Diplomaregister: aansluiting mbo-certificaten', 'project', 'in-uitvoering', [0, 1], 1.6, 6, { voortgang: 'bij' }),
  o('duo', 'ocw-dghbwe', 'sf', 'Studiefinanciering: nieuwe klantportal', 'project', 'concept', [1, 3], 4.0, 16, { labels: ['ict'] }),
  o('duo', 'ocw-vo', 'examens', 'Centrale examens digitaal afnemen', 'project', 'in-uitvoering', [-1, 2], 5.2, 19, { kenmerk: 'OCW-VO-2025-006', voortgang: 'onbevestigd' }),
  o('duo', 'ocw-vo', 'tos', 'Tegemoetkoming scholieren: vereenvoudiging', 'wijziging', 'ingetrokken', [0, 1], 0.7, 2),
  o('duo', 'ocw-dgpvo', 'bekostiging', 'Vereenvoudiging bekostiging primair onderwijs', 'wetgeving', 'afgerond', [-3, -1], 2.9, 10, { kenmerk: 'OCW-PVO-2023-014' }),
  o('duo', 'ocw-po', 'rod', 'Register onderwijsdeelnemers: leerplichtsignalen', 'staande-taak', 'in-uitvoering', [-4, 2], 1.9, 8, { frequentie: 'halfjaar', voortgang: 'bij' }),
  o('duo', 'szw-ieni', 'inburgering', 'Wet inburgering: leningen en vrijstellingen', 'staande-taak', 'in-uitvoering', [-3, 2], 3.3, 21, { kenmerk: 'SZW-IenI-2023-005', voortgang: 'achterstallig' }),
  o('duo', 'szw-ieni', 'nt2', 'Staatsexamens NT2: meer afnamecapaciteit', 'project', 'afgesproken', [0, 1], 1.4, 6),
];

const ind: DemoOpdracht[] = [
  o('ind', 'jenv-dmb', 'asiel', 'Wegwerken achterstanden asielaanvragen', 'project', 'in-uitvoering', [-1, 1], 22.0, 180, { kenmerk: 'JenV-DMB-2025-002', kenmerkUitvoerder: 'IND-PRJ-0077', frequentie: 'maand', voortgang: 'onbevestigd', labels: ['achterstanden'] }),
  o('ind', 'jenv-dmb', 'naturalisatie', 'Naturalisatie: digitale aanvraag', 'project', 'in-uitvoering', [0, 1], 2.6, 9, { voortgang: 'bij' }),
  o('ind', 'jenv-dmb', 'gezinshereniging', 'Nareis: uitvoering tijdelijke maatregel', 'wetgeving', 'in-uitvoering', [0, 0], 1.3, 12, { voortgang: 'achterstallig' }),
  o('ind', 'jenv-dgm', 'kennismigratie', 'Kennismigrantenregeling: aanscherping salariscriterium', 'wetgeving', 'afgesproken', [1, 1], 0.5, 2, { kenmerk: 'JenV-DGM-2026-004' }),
  o('ind', 'jenv-drm', 'asiel', 'Ketenbrede informatievoorziening migratie', 'project', 'in-uitvoering', [-2, 2], 6.8, 14, { frequentie: 'halfjaar', voortgang: 'bij', labels: ['ict', 'keten'] }),
  o('ind', 'jenv-dgm', 'asiel', 'Tweestatusstelsel: uitvoeringsgereed maken', 'wetgeving', 'concept', [1, 2], 9.0, 60),
  o('ind', 'jenv-dmb', 'asiel', 'Spreidingswet: informatie-uitwisseling', 'wijziging', 'afgerond', [-2, -1], 1.1, 4),
];

const cjib: DemoOpdracht[] = [
  o('cjib', 'jenv-drc', 'mulder', 'Verkeersboetes: betalen in termijnen', 'wijziging', 'in-uitvoering', [0, 1], 1.5, 6, { kenmerk: 'JenV-DRC-2026-001', voortgang: 'onbevestigd' }),
  o('cjib', 'jenv-dsens', 'slachtoffers', 'Voorschotregeling: snellere uitbetaling slachtoffers', 'project', 'in-uitvoering', [-1, 1], 2.3, 10, { voortgang: 'achterstallig' }),
  o('cjib', 'jenv-dsens', 'geldsancties', 'Inning geldsancties: maatwerk bij schulden', 'staande-taak', 'in-uitvoering', [-4, 2], 3.0, 24, { frequentie: 'halfjaar', voortgang: 'bij' }),
  o('cjib', 'jenv-dgsenb', 'betalingsregelingen', 'Betalingsregelingen: één loket met gemeenten', 'project', 'afgesproken', [1, 2], 1.2, 4),
  o('cjib', 'jenv-dgrr', 'bestuurlijke-boetes', 'Inning bestuurlijke boetes nieuwe opdrachtgevers', 'staande-taak', 'in-uitvoering', [-2, 3], 0.9, 7, { voortgang: 'bij' }),
  o('cjib', 'jenv-drc', 'mulder', 'Verhoging boetebedragen verwerken', 'staande-taak', 'afgerond', [-1, -1], 0.2, 1),
  o('cjib', 'jenv-dgsenb', 'geldsancties', 'Verkenning inning ontnemingsmaatregelen', 'overig', 'concept', [1, 1], 0.3, 1),
];

const rvo: DemoOpdracht[] = [
  o('rvo', 'lnv-dgagro', 'glb', 'GLB-uitbetalingen nieuw stelsel', 'staande-taak', 'in-uitvoering', [-2, 3], 18.0, 120, { kenmerk: 'LVVN-Agro-2024-001', kenmerkUitvoerder: 'RVO-LN-0502', voortgang: 'onbevestigd' }),
  o('rvo', 'lnv-dad', 'mest', 'Derogatie afbouw: monitoring en handhaving', 'wijziging', 'in-uitvoering', [-1, 1], 4.5, 26, { voortgang: 'achterstallig' }),
  o('rvo', 'lnv-pav', 'gecombineerde-opgave', 'Gecombineerde opgave: vooringevulde gegevens', 'project', 'in-uitvoering', [0, 1], 2.1, 8, { voortgang: 'bij', labels: ['ict'] }),
  o('rvo', 'lnv-nb', 'natuur', 'Subsidieregeling natuurherstel Natura 2000', 'project', 'afgesproken', [1, 3], 6.0, 15, { kenmerk: 'LVVN-NB-2026-008' }),
  o('rvo', 'lnv-dgnvg', 'visserij', 'Visserijvergunningen: digitaal loket', 'project', 'concept', [1, 2], 1.0, 3),
  o('rvo', 'ez-ienk', 'wbso', 'WBSO: uitvoering tariefwijziging', 'wijziging', 'in-uitvoering', [0, 0], 0.6, 4, { kenmerk: 'EZ-IenK-2026-003', voortgang: 'bij' }),
  o('rvo', 'ez-ienk', 'innovatiekrediet', 'Innovatiekrediet: nieuwe openstelling', 'staande-taak', 'in-uitvoering', [-3, 2], 1.7, 9, { frequentie: 'halfjaar', voortgang: 'onbevestigd' }),
  o('rvo', 'ez-de', null, 'Verkenning digitale uitvoering subsidies', 'overig', 'ingetrokken', [0, 0], 0.4, 2),
  o('rvo', 'lnv-dgagro', 'glb', 'Uitkoopregeling veehouderijen: tweede tranche', 'project', 'afgerond', [-2, -1], 3.9, 18),
];

export const DEMO_OPDRACHTEN: readonly DemoOpdracht[] = [...uwv, ...svb, ...duo, ...ind, ...cjib, ...rvo];
