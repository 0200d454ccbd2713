/**
 * Fictional demo policy areas. The laws named are real; which directie owns which area here is
 * made up but plausible. The beleidsverantwoordelijke is a DG or directie in an opdrachtgever
 * corner of a driehoek that executes the area; `null` makes the area a wees (orphan).
 */
export interface DemoBeleidsterrein {
  key: string;
  naam: string;
  omschrijving: string;
  verantwoordelijke: string | null;
  grondslagen: string[];
  uitvoerders: string[];
  parent?: string;
}

const t = (
  key: string,
  naam: string,
  verantwoordelijke: string | null,
  grondslagen: string[],
  uitvoerders: string[],
  omschrijving: string,
  parent?: string,
): DemoBeleidsterrein => ({ key, naam, omschrijving, verantwoordelijke, grondslagen, uitvoerders, ...(parent ? { parent } : {}) });

const werkEnInkomen: DemoBeleidsterrein[] = [
  t('ww', 'WW-uitkeringen', 'szw-wr', ['Werkloosheidswet'], ['uwv', 'uwv-uitkeren'], 'Uitkering bij werkloosheid voor werknemers.'),
  t('wia', 'WIA-uitkeringen', 'szw-wr', ['Wet werk en inkomen naar arbeidsvermogen'], ['uwv', 'uwv-uitkeren'], 'Uitkering bij langdurige arbeidsongeschiktheid (WGA en IVA).'),
  t('zw', 'Ziektewet-uitkeringen', 'szw-wr', ['Ziektewet'], ['uwv', 'uwv-uitkeren'], 'Uitkering bij ziekte voor wie geen werkgever (meer) heeft.'),
  t('smz', 'Sociaal-medische beoordelingen', 'szw-dgw', ['Wet werk en inkomen naar arbeidsvermogen', 'Ziektewet'], ['uwv-smz'], 'Claim- en herbeoordelingen door verzekeringsartsen en arbeidsdeskundigen.'),
  t('wajong', 'Wajong', 'szw-pend', ['Wet arbeidsongeschiktheidsvoorziening jonggehandicapten'], ['uwv'], 'Uitkering en ondersteuning voor jonggehandicapten.'),
  t('reintegratie', 'Re-integratie en bemiddeling', 'szw-am', ['Wet structuur uitvoeringsorganisatie werk en inkomen'], ['uwv', 'uwv-wb'], 'Begeleiding van uitkeringsgerechtigden naar werk.'),
  t('lkv', 'Loonkostenvoordelen', 'szw-am', ['Wet tegemoetkomingen loondomein'], ['uwv'], 'Tegemoetkoming aan werkgevers die mensen met een afstand tot de arbeidsmarkt in dienst nemen.'),
  t('twv', 'Tewerkstellingsvergunningen', 'szw-am', ['Wet arbeid vreemdelingen'], ['uwv'], 'Vergunningen voor werk door arbeidsmigranten van buiten de EU.'),
  // Orphan: everyone uses the data, nobody owns the policy.
  t('polis', 'Polisadministratie', null, ['Wet structuur uitvoeringsorganisatie werk en inkomen'], ['uwv', 'uwv-gd'], 'Registratie van lonen en dienstverbanden die andere regelingen voedt.'),
  t('aow', 'AOW', 'szw-ib', ['Algemene Ouderdomswet'], ['svb'], 'Basispensioen vanaf de AOW-leeftijd.'),
  t('akw', 'Kinderbijslag', 'szw-ib', ['Algemene Kinderbijslagwet'], ['svb'], 'Bijdrage in de kosten van kinderen tot 18 jaar.'),
  t('anw', 'Nabestaandenuitkering', 'szw-ib', ['Algemene nabestaandenwet'], ['svb'], 'Uitkering voor nabestaanden na het overlijden van een partner.'),
  t('aio', 'Aanvullende inkomensvoorziening ouderen', 'szw-pend', ['Participatiewet'], ['svb'], 'Aanvulling tot bijstandsniveau voor wie een onvolledige AOW heeft.'),
  t('remigratie', 'Remigratieregeling', 'szw-ieni', ['Remigratiewet'], ['svb'], 'Uitkering voor wie terugkeert naar het land van herkomst.'),
  // Orphan: policy belongs to a ministry that has no seat in the SVB driehoek.
  t('pgb', 'Pgb-trekkingsrecht', null, ['Wet langdurige zorg', 'Wet maatschappelijke ondersteuning 2015'], ['svb'], 'Betaling van zorgverleners uit een persoonsgebonden budget.'),
];

const onderwijs: DemoBeleidsterrein[] = [
  t('sf', 'Studiefinanciering', 'ocw-hos', ['Wet studiefinanciering 2000'], ['duo', 'duo-sf'], 'Financiering van studenten in het hoger en middelbaar beroepsonderwijs.'),
  t('basisbeurs', 'Basisbeurs', 'ocw-hos', ['Wet studiefinanciering 2000'], ['duo-sf'], 'Gift voor uitwonende studenten.', 'sf'),
  t('studieschuld', 'Studieschuld en terugbetaling', 'ocw-hos', ['Wet studiefinanciering 2000'], ['duo-sf'], 'Aflossing van studieleningen naar draagkracht.', 'sf'),
  t('tos', 'Tegemoetkoming scholieren', 'ocw-vo', ['Wet tegemoetkoming onderwijsbijdrage en schoolkosten'], ['duo'], 'Bijdrage in de schoolkosten van scholieren van 18 jaar en ouder.'),
  t('collegegeld', 'Lesgeld en collegegeld', 'ocw-hos', ['Wet op het hoger onderwijs en wetenschappelijk onderzoek', 'Wet studiefinanciering 2000'], ['duo'], 'Inning van lesgeld en vaststelling van het wettelijk collegegeld.'),
  t('bekostiging', 'Bekostiging onderwijsinstellingen', 'ocw-dgpvo', ['Wet op het primair onderwijs', 'Wet voortgezet onderwijs 2020', 'Wet educatie en beroepsonderwijs'], ['duo'], 'Berekening en betaling van de rijksbijdrage aan scholen.'),
  t('rod', 'Register onderwijsdeelnemers', 'ocw-po', ['Wet register onderwijsdeelnemers'], ['duo'], 'Registratie van inschrijvingen en resultaten van leerlingen en studenten.'),
  t('diplomaregister', 'Diplomaregister', 'ocw-mbo', ['Wet educatie en beroepsonderwijs', 'Wet op het hoger onderwijs en wetenschappelijk onderzoek'], ['duo'], 'Registratie van behaalde diploma’s.'),
  t('examens', 'Centrale examens', 'ocw-vo', ['Wet voortgezet onderwijs 2020'], ['duo'], 'Logistiek van de centrale examens in het voortgezet onderwijs.'),
  // Still points at the directie that was reorganised away: shows up as "inactive responsible".
  t('inburgering', 'Inburgering', 'szw-si', ['Wet inburgering 2021'], ['duo', 'duo-inb'], 'Inburgeringsplicht, leningen en examens voor nieuwkomers.'),
  t('nt2', 'Staatsexamens Nederlands als tweede taal', 'szw-ieni', ['Wet inburgering 2021'], ['duo-inb'], 'Afname van de staatsexamens NT2.', 'inburgering'),
];

const justitie: DemoBeleidsterrein[] = [
  t('asiel', 'Asielaanvragen', 'jenv-dmb', ['Vreemdelingenwet 2000'], ['ind', 'ind-ab'], 'Beoordeling van verzoeken om internationale bescherming.'),
  t('naturalisatie', 'Naturalisatie', 'jenv-dmb', ['Rijkswet op het Nederlanderschap'], ['ind', 'ind-rvn'], 'Verkrijging van het Nederlanderschap door naturalisatie en optie.'),
  t('gezinshereniging', 'Gezinshereniging', 'jenv-dmb', ['Vreemdelingenwet 2000'], ['ind', 'ind-rvn'], 'Verblijf bij een gezinslid dat in Nederland woont.'),
  t('kennismigratie', 'Kennismigranten en arbeidsmigratie', 'jenv-dgm', ['Vreemdelingenwet 2000', 'Wet arbeid vreemdelingen'], ['ind', 'uwv'], 'Verblijf om te werken, met de toets op de arbeidsmarkt.'),
  t('mulder', 'Verkeersboetes', 'jenv-drc', ['Wet administratiefrechtelijke handhaving verkeersvoorschriften'], ['cjib'], 'Inning van administratieve sancties voor verkeersovertredingen (Wet Mulder).'),
  t('geldsancties', 'Strafrechtelijke geldsancties', 'jenv-dsens', ['Wetboek van Strafvordering', 'Wet herziening tenuitvoerlegging strafrechtelijke beslissingen'], ['cjib'], 'Inning van geldboetes, transacties en ontnemingsmaatregelen.'),
  t('slachtoffers', 'Schadevergoedingsmaatregel en voorschotregeling', 'jenv-dsens', ['Wetboek van Strafrecht'], ['cjib'], 'Inning van schadevergoeding voor slachtoffers, met voorschot door de Staat.'),
  t('betalingsregelingen', 'Betalingsregelingen en maatwerk bij boetes', 'jenv-dgsenb', ['Wet herziening tenuitvoerlegging strafrechtelijke beslissingen'], ['cjib'], 'Regelingen voor wie een boete niet in één keer kan betalen.'),
  t('bestuurlijke-boetes', 'Inning bestuurlijke boetes', 'jenv-dgrr', ['Algemene wet bestuursrecht'], ['cjib'], 'Inning van bestuurlijke boetes voor andere overheidsorganisaties.'),
];

const ondernemen: DemoBeleidsterrein[] = [
  t('glb', 'GLB-betalingen aan landbouwers', 'lnv-dgagro', ['Verordening (EU) 2021/2115', 'Regeling GLB 2023'], ['rvo', 'rvo-ln'], 'Directe betalingen en eco-regelingen uit het Gemeenschappelijk Landbouwbeleid.'),
  t('mest', 'Mestbeleid en derogatie', 'lnv-dad', ['Meststoffenwet'], ['rvo-ln'], 'Gebruiksnormen, mestverantwoording en de afbouw van derogatie.'),
  t('gecombineerde-opgave', 'Gecombineerde opgave', 'lnv-pav', ['Meststoffenwet', 'Regeling GLB 2023'], ['rvo-ln'], 'Jaarlijkse opgave van percelen, gewassen en dieren door landbouwers.'),
  t('natuur', 'Natuursubsidies', 'lnv-nb', ['Omgevingswet'], ['rvo-ln'], 'Subsidies voor natuurbeheer en soortenbescherming.'),
  t('visserij', 'Visserijvergunningen', 'lnv-dgnvg', ['Visserijwet 1963'], ['rvo-ln'], 'Vergunningen en vangstrechten voor de beroepsvisserij.'),
  t('wbso', 'WBSO', 'ez-ienk', ['Wet vermindering afdracht loonbelasting en premie voor de volksverzekeringen'], ['rvo', 'rvo-ii'], 'Fiscale tegemoetkoming voor speur- en ontwikkelingswerk.'),
  t('innovatiekrediet', 'Innovatiekrediet', 'ez-ienk', ['Kaderbesluit EZK- en LNV-subsidies'], ['rvo-ii'], 'Kredieten voor risicovolle innovatieprojecten van het mkb.'),
];

export const DEMO_BELEIDSTERREINEN: readonly DemoBeleidsterrein[] = [...werkEnInkomen, ...onderwijs, ...justitie, ...ondernemen];
