import { Page } from '../../components/Page.js';
import { Loading } from '../../components/Status.js';
import { useT } from '../../i18n/index.js';
import { useSessie } from '../../lib/sessie.js';
import { MijnDriehoeken } from './MijnDriehoeken.js';
import { MijnRollen } from './MijnRollen.js';
import { MijnWeesTerreinen } from './MijnWeesTerreinen.js';

/**
 * "Mijn driehoek": the logged-in person's roles and driehoeken, and what needs their attention.
 * Each module adds its own section here when it lands; a section shows only when it has content.
 */
export default function StartPage() {
  const t = useT();
  const sessie = useSessie().data;
  if (!sessie) return <Loading />;
  return (
    <Page title={t('start.titel')}>
      <p className="nl-paragraph nl-paragraph--lead">{t('start.welkom', { naam: sessie.persoon.naam })}</p>
      <MijnRollen sessie={sessie} />
      <MijnDriehoeken sessie={sessie} />
      <MijnWeesTerreinen sessie={sessie} />
    </Page>
  );
}
