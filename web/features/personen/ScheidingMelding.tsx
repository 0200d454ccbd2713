import type { ScheidingWaarschuwingMetDriehoek } from '../../../common/api/personen.js';
import { Alert, Heading, Link, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAlleDriehoeken } from '../driehoeken/api.js';

/**
 * What a role change did to the separation of eigenaar and opdrachtgever. The change is saved
 * anyway; the beheerder must see the consequence, so it is a warning whose heading says so in
 * words, and each breach links to its driehoek, where an exception can be recorded.
 */
export function ScheidingMelding({ waarschuwingen }: { waarschuwingen: ScheidingWaarschuwingMetDriehoek[] }) {
  const { t } = useI18n();
  const driehoeken = useAlleDriehoeken();
  if (waarschuwingen.length === 0) return null;
  // The server's text says "deze driehoek"; the link in front of it names which one. The
  // warnings cover the whole driehoek, other people's breaches too, so they are grouped by it.
  const naamVan = (id: string) => driehoeken.data?.find((d) => d.id === id)?.naam ?? t('rollen.driehoek');
  const perDriehoek = new Map<string, string[]>();
  for (const w of waarschuwingen) perDriehoek.set(w.driehoekId, [...(perDriehoek.get(w.driehoekId) ?? []), w.omschrijving]);
  return (
    <section className="dh-section" aria-labelledby="scheiding-melding" data-testid="scheiding-melding">
      <Alert type="warning">
        <Heading level={2} id="scheiding-melding">{t('personen.scheidingTitel')}</Heading>
        <Paragraph>{t('personen.scheidingNaWijziging')}</Paragraph>
        <UnorderedList>
          {[...perDriehoek].map(([driehoekId, omschrijvingen]) => (
            <ListItem key={driehoekId}>
              <Link to={`/driehoeken/${driehoekId}`}>{naamVan(driehoekId)}</Link>: {omschrijvingen.join(' ')}
            </ListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
