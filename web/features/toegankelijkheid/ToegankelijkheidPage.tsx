import { Page } from '../../components/Page.js';
import { Alert, ExternalLink, Heading, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useInstellingen } from '../../lib/sessie.js';

/**
 * Draft accessibility statement after the standard model of digitoegankelijk.nl
 * (modelverklaring). The organisation that runs an installation completes and publishes it;
 * the statement text is in Dutch, the language of the register.
 */
export default function ToegankelijkheidPage() {
  const { t, taal } = useI18n();
  const contact = useInstellingen().data?.beveiligingscontact;
  return (
    <Page title={t('toegankelijkheid.titel')} crumbs={[{ label: t('toegankelijkheid.titel') }]}>
      <Alert type="info">
        <Paragraph>
          <strong>Concept.</strong> Dit is een conceptverklaring volgens het modelformulier van DigiToegankelijk.
          De organisatie die Driehoek in gebruik neemt, vult de ontbrekende gegevens aan en publiceert de verklaring
          in het register van toegankelijkheidsverklaringen.
        </Paragraph>
        {taal === 'en' ? (
          <Paragraph lang="en">
            This draft accessibility statement follows the Dutch government&apos;s standard model and is therefore in Dutch.
          </Paragraph>
        ) : null}
      </Alert>

      <Paragraph lead>
        De organisatie die deze installatie van Driehoek beheert, wil dat iedereen Driehoek kan gebruiken. Daarom
        houden we ons aan de Europese toegankelijkheidsstandaard EN 301 549 en de WCAG 2.2 op niveau AA, zoals het
        Besluit digitale toegankelijkheid overheid voorschrijft.
      </Paragraph>

      <Heading level={2}>Over deze verklaring</Heading>
      <UnorderedList>
        <ListItem>Deze verklaring geldt voor de web-app Driehoek (werkplek voor de sturingsdriehoek).</ListItem>
        <ListItem>Status: <strong>B — voldoet gedeeltelijk</strong> (concept: een onafhankelijk onderzoek volgt).</ListItem>
        <ListItem>De verklaring is opgesteld op basis van eigen geautomatiseerde en handmatige controles.</ListItem>
      </UnorderedList>

      <Heading level={2}>Wat we doen</Heading>
      <UnorderedList>
        <ListItem>We bouwen met de componenten en design tokens van NL Design System (Rijkshuisstijl Community).</ListItem>
        <ListItem>Elke wijziging wordt automatisch getest: elk scherm met axe-core op de regels van WCAG 2.0, 2.1 en 2.2 (A en AA), zonder overtredingen.</ListItem>
        <ListItem>De belangrijkste taken zijn getest met alleen het toetsenbord: inloggen, een driehoek aanmaken en een beleidsverantwoordelijke toewijzen.</ListItem>
        <ListItem>Formulieren hebben labels, fouten staan bij het veld en samengevat boven het formulier; tabellen hebben kopcellen; resultaten die later binnenkomen worden voorgelezen.</ListItem>
        <ListItem>Betekenis hangt nooit alleen af van kleur; de focus is altijd zichtbaar.</ListItem>
      </UnorderedList>

      <Heading level={2}>Bekende beperkingen</Heading>
      <UnorderedList>
        <ListItem>Een handmatig onderzoek door een onafhankelijke partij met hulptechnologie (schermlezers, vergroting, spraakbesturing) is nog niet gedaan.</ListItem>
        <ListItem>Geëxporteerde Excel- en CSV-bestanden zijn getest op structuur (kopregel, één rij per item), niet met hulptechnologie.</ListItem>
      </UnorderedList>

      <Heading level={2}>Feedback en contact</Heading>
      <Paragraph>
        Loopt u tegen een toegankelijkheidsprobleem aan? Meld het bij de beheerder van deze installatie
        {contact ? <> via <ExternalLink href={contact}>{contact.replace(/^mailto:/, '')}</ExternalLink></> : null}.
        U krijgt binnen 5 werkdagen een ontvangstbevestiging en binnen 2 weken een inhoudelijke reactie.
      </Paragraph>

      <Heading level={2}>Klachtenprocedure</Heading>
      <Paragraph>
        Bent u niet tevreden met de manier waarop uw melding is behandeld? Dien dan een klacht in bij de organisatie
        die deze installatie beheert. Bent u daarna nog niet tevreden, dan kunt u terecht bij de{' '}
        <ExternalLink href="https://www.nationaleombudsman.nl/">Nationale ombudsman</ExternalLink>.
      </Paragraph>

      <Heading level={2}>Meer informatie</Heading>
      <Paragraph>
        Lees meer over digitale toegankelijkheid op{' '}
        <ExternalLink href="https://www.digitoegankelijk.nl/">digitoegankelijk.nl</ExternalLink>.
      </Paragraph>
    </Page>
  );
}
