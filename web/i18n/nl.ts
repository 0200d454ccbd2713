import { ORGANISATIE_SOORTEN, type OrganisatieSoort, ROLLEN, type RolSoort } from '../../common/enums.js';
import { ORGANISATIE_SOORT_LABELS, ROL_LABELS } from '../../common/labels.js';

/**
 * The Dutch message catalogue, the default. Keys are English plumbing, texts Dutch; `{naam}`
 * marks a value filled in by `t()`. en.ts must have exactly the same keys (the type says so).
 */
const basis = {
  'app.naam': 'Driehoek',
  'app.omschrijving': 'Werkplek voor de sturingsdriehoek',
  'app.laden': 'Bezig met laden…',
  'app.fout': 'Er ging iets mis',
  'app.foutDetail': 'Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.',
  'app.opnieuw': 'Opnieuw proberen',
  'app.nietGevonden': 'Pagina niet gevonden',
  'app.nietGevondenDetail': 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  'app.naarStart': 'Naar de startpagina',

  'skip.naarInhoud': 'Direct naar de inhoud',
  'kop.ingelogdAls': 'Ingelogd als {naam}',
  'kop.rollen': 'Rollen',
  'kop.geenRol': 'geen rol',
  'kop.uitloggen': 'Uitloggen',
  'kop.taal': 'Taal',
  'kop.taalKiezen': 'Kies een taal',
  'nav.hoofdmenu': 'Hoofdmenu',
  'nav.start': 'Mijn driehoek',
  'nav.organisaties': 'Organisaties',
  'nav.driehoeken': 'Driehoeken',
  'nav.beleidsterreinen': 'Beleidsterreinen',
  'nav.personen': 'Personen en rollen',
  'kruimel.label': 'Kruimelpad',
  'kruimel.start': 'Start',
  'voet.titel': 'Over Driehoek',
  'voet.toegankelijkheid': 'Toegankelijkheidsverklaring',
  'voet.versie': 'Versie {versie}',
  'voet.broncode': 'Open source onder EUPL-1.2',
  'voet.beveiliging': 'Kwetsbaarheid melden',
  'voorbeeld.label': 'Voorbeeldgegevens',
  'voorbeeld.tekst': 'Deze installatie bevat fictieve voorbeeldgegevens. Personen, rollen en afspraken zijn verzonnen.',

  'login.titel': 'Inloggen',
  'login.intro': 'Log in met uw werk-e-mailadres en wachtwoord.',
  'login.email': 'E-mailadres',
  'login.wachtwoord': 'Wachtwoord',
  'login.knop': 'Inloggen',
  'login.bezig': 'Bezig met inloggen…',
  'login.sso': 'Inloggen met SSO',
  'login.ssoIntro': 'Of log in via het inlogsysteem van uw organisatie.',
  'login.mislukt': 'Inloggen is niet gelukt',
  'login.verlopen': 'Uw sessie is verlopen. Log opnieuw in; daarna gaat u verder waar u was.',
  'login.uitgelogd': 'U bent uitgelogd.',
  'login.ssoFout': 'Inloggen met SSO is niet gelukt ({code}). Probeer het opnieuw of log in met uw wachtwoord.',

  'toegankelijkheid.titel': 'Toegankelijkheidsverklaring',

  'formulier.foutenTitel': 'Er {aantal, plural, one {is # fout} other {zijn # fouten}} in het formulier',
  'formulier.foutenIntro': 'Verbeter de volgende velden:',
  'formulier.verplicht': '(verplicht)',
  'formulier.optioneel': '(niet verplicht)',
  'formulier.opslaan': 'Opslaan',
  'formulier.bezig': 'Bezig met opslaan…',
  'formulier.annuleren': 'Annuleren',
  'formulier.opgeslagen': 'Opgeslagen.',
  'formulier.kies': '— Kies —',
  'formulier.geen': '— Geen —',
  'formulier.serverFout': 'Opslaan is niet gelukt',

  'conflict.titel': 'Iemand anders heeft dit item gewijzigd',
  'conflict.tekst': 'Sinds u dit item opende, heeft iemand anders het opgeslagen. Laad de nieuwste versie: uw invoer blijft staan, zodat u die kunt controleren en opnieuw opslaan.',
  'conflict.herladen': 'Nieuwste versie laden (invoer blijft staan)',
  'conflict.sluiten': 'Sluiten',
  'conflict.herladen.klaar': 'De nieuwste versie is geladen. Uw invoer staat er nog; controleer die en sla opnieuw op.',
  'conflict.ontbreekt': 'De versie van dit item ontbreekt. Laad de pagina opnieuw en probeer het nog eens.',

  'tabel.zoeken': 'Zoeken',
  'tabel.zoekknop': 'Zoek',
  'tabel.filters': 'Filters',
  'tabel.alle': 'Alle',
  'tabel.ja': 'Ja',
  'tabel.nee': 'Nee',
  'tabel.resultaten': '{aantal, plural, one {# resultaat} other {# resultaten}}',
  'tabel.minstens': 'minstens {aantal}',
  'tabel.geenResultaten': 'Geen resultaten.',
  'tabel.pagina': 'Pagina {pagina} van {totaal}',
  'tabel.paginering': 'Paginering',
  'tabel.vorige': 'Vorige pagina',
  'tabel.volgende': 'Volgende pagina',
  'tabel.perPagina': 'Rijen per pagina',
  'tabel.sorteerOp': 'Sorteer op {kolom}',
  'tabel.oplopend': 'oplopend gesorteerd',
  'tabel.aflopend': 'aflopend gesorteerd',
  'tabel.exporteren': 'Exporteren',
  'tabel.exportCsv': 'Exporteer als CSV',
  'tabel.exportXlsx': 'Exporteer als Excel (XLSX)',
  'tabel.exportBezig': 'Bezig met exporteren…',
  'tabel.exportKlaar': 'Export klaar: {aantal} rijen in {bestand}.',
  'tabel.exportFout': 'Exporteren is niet gelukt.',

  'start.titel': 'Mijn driehoek',
  'start.welkom': 'Welkom, {naam}. Hier staan uw rollen, uw driehoeken en wat uw aandacht vraagt.',
  'start.rollen': 'Mijn rollen',
  'start.geenRollen': 'U heeft op dit moment geen rollen.',
  'start.driehoeken': 'Mijn driehoeken',
  'start.scheiding': 'Scheiding van rollen vraagt aandacht',
  'start.scheidingUitleg': 'In deze driehoeken is de eigenaar ook opdrachtgever, of heeft één persoon een rol in beide hoeken. Leg een uitzondering met reden vast of pas de driehoek aan.',
  'start.wees': 'Beleidsterreinen zonder beleidsverantwoordelijke',
  'start.weesUitleg': 'Deze beleidsterreinen van uw driehoek zijn wees: niemand is er beleidsverantwoordelijk voor.',

  'rollen.rol': 'Rol',
  'rollen.organisatie': 'Organisatie',
  'rollen.driehoek': 'Driehoek',
  'rollen.geldigVan': 'Geldig van',
  'rollen.geldigTot': 'Geldig tot',
  'rollen.onbepaald': 'onbepaald',
  'rollen.heleInstallatie': 'Hele installatie',

  'driehoeken.eigenaar': 'Eigenaar',
  'driehoeken.scheidingWaarschuwing': 'Scheidingswaarschuwing',

  'algemeen.ja': 'Ja',
  'algemeen.nee': 'Nee',
  'algemeen.geen': 'Geen',
  'algemeen.wijzigen': 'Wijzigen',
  'algemeen.verwijderen': 'Verwijderen',
  'algemeen.nieuw': 'Nieuw',
  'algemeen.terug': 'Terug',
  'algemeen.actief': 'Actief',
  'algemeen.inactief': 'Niet actief',
  'algemeen.bewerken': 'Bewerken',
  'algemeen.details': 'Details',
  'algemeen.bijgewerkt': 'Laatst gewijzigd',
} as const;

type RolKey = `rol.${RolSoort}`;
type SoortKey = `soort.${OrganisatieSoort}`;
export type MessageKey = keyof typeof basis | RolKey | SoortKey;
export type Catalogue = Record<MessageKey, string>;

const rolLabels = Object.fromEntries(ROLLEN.map((r) => [`rol.${r}`, ROL_LABELS[r]])) as Record<RolKey, string>;
const soortLabels = Object.fromEntries(
  ORGANISATIE_SOORTEN.map((s) => [`soort.${s}`, ORGANISATIE_SOORT_LABELS[s]]),
) as Record<SoortKey, string>;

export const nl: Catalogue = { ...basis, ...rolLabels, ...soortLabels };
