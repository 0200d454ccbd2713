/**
 * The vocabulary of generated opdrachten: agencies with their commissioners, policy areas,
 * regelingen and systems, and themes every agency has. Modelled on what Dutch ministries and
 * agencies actually call their assignments.
 */

export interface Uitvoerder {
  afkorting: string;
  naam: string;
  ministerie: string;
  opdrachtgevers: string[];
  beleidsterreinen: string[];
  regelingen: string[];
  wetten: string[];
  systemen: string[];
}

export const UITVOERDERS: Uitvoerder[] = [
  {
    afkorting: 'UWV', naam: 'Uitvoeringsinstituut Werknemersverzekeringen', ministerie: 'SZW',
    opdrachtgevers: ['DG Werk', 'DG Sociale Zekerheid en Integratie', 'DG Participatie en Inkomenswaarborg'],
    beleidsterreinen: ['Werkloosheid', 'Arbeidsongeschiktheid', 'Re-integratie', 'Arbeidsmarkt'],
    regelingen: ['WW', 'WIA', 'Wajong', 'Ziektewet', 'Toeslagenwet', 'IOW', 'WAO'],
    wetten: ['Wet arbeidsmarkt in balans', 'Wet verbetering poortwachter', 'Wet werk en zekerheid', 'Wet banenafspraak'],
    systemen: ['uitkeringssysteem', 'Werkmap', 'klantportaal', 'polisadministratie', 'werk.nl', 'betaalsysteem'],
  },
  {
    afkorting: 'SVB', naam: 'Sociale Verzekeringsbank', ministerie: 'SZW',
    opdrachtgevers: ['DG Sociale Zekerheid en Integratie', 'DG Participatie en Inkomenswaarborg'],
    beleidsterreinen: ['Ouderdom', 'Nabestaanden', 'Kinderen', 'Zorgbudgetten'],
    regelingen: ['AOW', 'Anw', 'kinderbijslag', 'AIO', 'remigratieregeling', 'persoonsgebonden budget'],
    wetten: ['Algemene Kinderbijslagwet', 'Wet inkomensvoorziening oudere werklozen', 'Wet flexibilisering AOW'],
    systemen: ['Mijn SVB', 'betaalsysteem', 'klantcontactsysteem', 'trekkingsrechtsysteem', 'AOW-applicatie'],
  },
  {
    afkorting: 'DUO', naam: 'Dienst Uitvoering Onderwijs', ministerie: 'OCW',
    opdrachtgevers: ['DG Hoger Onderwijs, Beroepsonderwijs, Wetenschap en Emancipatie', 'DG Primair en Voortgezet Onderwijs'],
    beleidsterreinen: ['Studiefinanciering', 'Inburgering', 'Onderwijsbekostiging', 'Diploma-registratie'],
    regelingen: ['studiefinanciering', 'tegemoetkoming scholieren', 'levenlanglerenkrediet', 'basisbeurs', 'studievoorschot'],
    wetten: ['Wet studiefinanciering 2000', 'Wet inburgering 2021', 'Wet register onderwijsdeelnemers'],
    systemen: ['Mijn DUO', 'BRON', 'diplomaregister', 'incassosysteem', 'bekostigingssysteem'],
  },
  {
    afkorting: 'Belastingdienst', naam: 'Belastingdienst', ministerie: 'Financiën',
    opdrachtgevers: ['DG Fiscaliteit', 'DG Belastingdienst'],
    beleidsterreinen: ['Inkomstenbelasting', 'Vennootschapsbelasting', 'Omzetbelasting', 'Invordering'],
    regelingen: ['inkomstenbelasting', 'box 3', 'loonheffingen', 'btw', 'erfbelasting', 'motorrijtuigenbelasting'],
    wetten: ['Wet herstel box 3', 'Wet minimumbelasting 2024', 'Wet excessief lenen'],
    systemen: ['aangifteplatform', 'Mijn Belastingdienst', 'inningssysteem', 'gegevensfabriek', 'klantbeeld'],
  },
  {
    afkorting: 'Toeslagen', naam: 'Dienst Toeslagen', ministerie: 'Financiën',
    opdrachtgevers: ['DG Toeslagen', 'DG Fiscaliteit'],
    beleidsterreinen: ['Toeslagen', 'Herstel'],
    regelingen: ['huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag', 'kindgebonden budget'],
    wetten: ['Algemene wet inkomensafhankelijke regelingen', 'Wet hersteloperatie toeslagen'],
    systemen: ['toeslagensysteem', 'Mijn toeslagen', 'herstelportaal', 'betaalsysteem'],
  },
  {
    afkorting: 'CJIB', naam: 'Centraal Justitieel Incassobureau', ministerie: 'JenV',
    opdrachtgevers: ['DG Straffen en Beschermen', 'DG Rechtspleging en Rechtshandhaving'],
    beleidsterreinen: ['Boetes', 'Inning', 'Schulden'],
    regelingen: ['verkeersboetes', 'strafbeschikkingen', 'schadevergoedingsmaatregel', 'bestuurlijke boetes'],
    wetten: ['Wet administratiefrechtelijke handhaving verkeersvoorschriften', 'Wet vereenvoudiging beslagvrije voet'],
    systemen: ['inningssysteem', 'Mijn CJIB', 'betaalportaal', 'beslagregister'],
  },
  {
    afkorting: 'RVO', naam: 'Rijksdienst voor Ondernemend Nederland', ministerie: 'EZK',
    opdrachtgevers: ['DG Klimaat en Energie', 'DG Agro', 'DG Bedrijfsleven en Innovatie'],
    beleidsterreinen: ['Energie', 'Landbouw', 'Innovatie', 'Internationaal ondernemen'],
    regelingen: ['SDE++', 'ISDE', 'WBSO', 'mestregelgeving', 'GLB-subsidies', 'MIT-regeling'],
    wetten: ['Meststoffenwet', 'Wet collectieve warmte', 'Energiewet'],
    systemen: ['subsidieportaal', 'Mijn RVO', 'gecombineerde opgave', 'registratiesysteem mest'],
  },
  {
    afkorting: 'IND', naam: 'Immigratie- en Naturalisatiedienst', ministerie: 'JenV',
    opdrachtgevers: ['DG Migratie'],
    beleidsterreinen: ['Asiel', 'Regulier verblijf', 'Naturalisatie'],
    regelingen: ['asielprocedure', 'naturalisatie', 'kennismigrantenregeling', 'gezinshereniging', 'verblijfsvergunning'],
    wetten: ['Vreemdelingenwet 2000', 'Rijkswet op het Nederlanderschap', 'Wet inburgering 2021'],
    systemen: ['INDiGO', 'klantportaal', 'biometriesysteem', 'zaaksysteem'],
  },
  {
    afkorting: 'CAK', naam: 'Centraal Administratie Kantoor', ministerie: 'VWS',
    opdrachtgevers: ['DG Langdurige Zorg', 'DG Curatieve Zorg'],
    beleidsterreinen: ['Langdurige zorg', 'Maatschappelijke ondersteuning', 'Onverzekerden'],
    regelingen: ['eigen bijdrage Wlz', 'eigen bijdrage Wmo', 'regeling onverzekerden', 'wanbetalersregeling'],
    wetten: ['Wet langdurige zorg', 'Wet maatschappelijke ondersteuning 2015', 'Zorgverzekeringswet'],
    systemen: ['berekeningssysteem', 'Mijn CAK', 'declaratiesysteem', 'klantcontactsysteem'],
  },
  {
    afkorting: 'RDW', naam: 'Rijksdienst voor het Wegverkeer', ministerie: 'IenW',
    opdrachtgevers: ['DG Mobiliteit'],
    beleidsterreinen: ['Voertuigen', 'Rijbewijzen', 'Verkeersveiligheid'],
    regelingen: ['kentekenregistratie', 'APK', 'rijbewijsregistratie', 'typegoedkeuring', 'tachograafkaarten'],
    wetten: ['Wegenverkeerswet 1994', 'Wet kentekenregistratie bromfietsen'],
    systemen: ['kentekenregister', 'rijbewijzenregister', 'OVI', 'keuringssysteem'],
  },
  {
    afkorting: 'COA', naam: 'Centraal Orgaan opvang asielzoekers', ministerie: 'JenV',
    opdrachtgevers: ['DG Migratie'],
    beleidsterreinen: ['Opvang', 'Asiel'],
    regelingen: ['Regeling verstrekkingen asielzoekers', 'leefgeld', 'zorgregeling asielzoekers'],
    wetten: ['Wet COA', 'Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen'],
    systemen: ['bewonersvolgsysteem', 'capaciteitsplanner', 'locatiebeheersysteem'],
  },
  {
    afkorting: 'DJI', naam: 'Dienst Justitiële Inrichtingen', ministerie: 'JenV',
    opdrachtgevers: ['DG Straffen en Beschermen'],
    beleidsterreinen: ['Gevangeniswezen', 'Forensische zorg', 'Jeugdinrichtingen'],
    regelingen: ['forensische zorg', 'elektronische monitoring', 'vreemdelingenbewaring'],
    wetten: ['Penitentiaire beginselenwet', 'Wet forensische zorg', 'Wet straffen en beschermen'],
    systemen: ['detentievolgsysteem', 'TULP', 'personeelsplanning'],
  },
];

/** Themes every agency has assignments for; the same theme for two agencies is a near-twin. */
export const THEMAS = [
  'informatiebeveiliging', 'toegankelijkheid website', 'datakwaliteit', 'privacyverbetering', 'digitale dienstverlening',
  'klantcontact', 'bezwaar en beroep', 'achterstanden', 'fraudebestrijding', 'archivering', 'huisvesting',
  'personeelswerving', 'duurzaamheid', 'cloudmigratie', 'cybersecurity', 'procesautomatisering', 'berichtenverkeer',
  'identiteitsbeheer', 'rapportage', 'managementinformatie', 'ketensamenwerking', 'herstel van fouten',
  'vereenvoudiging van brieven', 'telefonische bereikbaarheid', 'wachttijden',
];

export const DOELGROEPEN = [
  "zzp'ers", 'jongeren', 'ouderen', 'gezinnen', 'werkgevers', 'studenten', 'statushouders', 'mensen met schulden',
  'mantelzorgers', 'laaggeletterden', 'ondernemers', 'nabestaanden',
];

export const REGIOS = ['Noord', 'Oost', 'Zuid', 'West', 'Rotterdam', 'Amsterdam', 'Utrecht', 'Twente', 'Limburg', 'Groningen', 'Zeeland', 'Flevoland'];

export const JAREN = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];

export const STATUSSEN = ['concept', 'afgesproken', 'in-uitvoering', 'afgerond', 'ingetrokken'];

/**
 * How lists word the same action differently. The engine knows some of these, not all:
 * "Proef" for "Pilot" or "Betere" for "Verbetering" it must get from the rest of the row.
 */
export const HERFORMULERINGEN: Record<string, string[]> = {
  Implementatie: ['Invoering', 'Implementeren'],
  Beheer: ['Onderhoud', 'Beheer en onderhoud'],
  Vernieuwing: ['Modernisering', 'Vervanging'],
  Verbetering: ['Optimalisatie', 'Betere'],
  Wijziging: ['Aanpassing'],
  Onderzoek: ['Verkenning', 'Onderzoek naar'],
  Pilot: ['Proef', 'Experiment'],
  Migratie: ['Overgang', 'Migreren'],
  Evaluatie: ['Evalueren', 'Evaluatieonderzoek'],
  Indexatie: ['Indexering', 'Jaarlijkse indexatie'],
  Uitvoeringstoets: ['Uitvoeringstoets op', 'Toets uitvoerbaarheid'],
  Versterking: ['Versterken', 'Intensivering'],
};

/** Abbreviations as they appear in agencies' spreadsheets. */
export const AFKORTINGEN: Record<string, string> = {
  Implementatie: 'Impl.', Vernieuwing: 'Vern.', Verbetering: 'Verb.', Wijziging: 'Wijz.', Onderzoek: 'Ond.',
  Uitvoeringstoets: 'UT', Informatiebeveiliging: 'Info.beveiliging', informatiebeveiliging: 'info.beveiliging',
  dienstverlening: 'dienstverl.', kinderbijslag: 'kinderbijsl.', studiefinanciering: 'studiefin.',
  Migratie: 'Migr.', Evaluatie: 'Eval.', Versterking: 'Verst.', achterstanden: 'achterst.', toegankelijkheid: 'toegank.',
  kinderopvangtoeslag: 'KOT', 'Wet arbeidsmarkt in balans': 'WAB', 'Algemene wet inkomensafhankelijke regelingen': 'Awir',
  fraudebestrijding: 'fraudebestr.', managementinformatie: 'MI', procesautomatisering: 'procesautom.',
};
