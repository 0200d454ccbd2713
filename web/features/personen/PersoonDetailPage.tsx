import { useLocation, useParams } from 'react-router';
import type { Persoon, ScheidingWaarschuwingMetDriehoek } from '../../../common/api/personen.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Alert, ButtonLink, DataSummary, Heading, Paragraph, StatusBadge } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useSessie } from '../../lib/sessie.js';
import { usePersoon, useRollenVanPersoon } from './api.js';
import { Activering } from './Activering.js';
import { RollenTabel } from './RollenTabel.js';
import { ScheidingMelding } from './ScheidingMelding.js';

export default function PersoonDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const persoon = usePersoon(id);
  const eigenId = useSessie().data?.persoon.id;
  // Set by the role forms: what the change did to the separation of eigenaar and opdrachtgever.
  const waarschuwingen = (location.state as { waarschuwingen?: ScheidingWaarschuwingMetDriehoek[] } | null)?.waarschuwingen ?? [];
  const p = persoon.data;
  const crumbs = [{ label: t('nav.personen'), to: '/personen' }, { label: p?.naam ?? t('app.laden') }];
  if (persoon.isError) return <Page title={t('app.fout')} crumbs={crumbs}><ErrorMessage error={persoon.error} /></Page>;
  return (
    <Page
      title={p?.naam ?? t('app.laden')}
      crumbs={crumbs}
      actions={p ? (
        <>
          <ButtonLink appearance="primary-action" to={`/personen/${p.id}/rollen/nieuw`}>{t('personen.rolToekennen')}</ButtonLink>
          <ButtonLink to={`/personen/${p.id}/bewerken`}>{t('algemeen.bewerken')}</ButtonLink>
          {p.id !== eigenId ? <Activering persoon={p} onReload={() => persoon.refetch()} /> : null}
        </>
      ) : null}
    >
      <ScheidingMelding waarschuwingen={waarschuwingen} />
      {!p ? <Loading /> : <Gegevens persoon={p} />}
      {id ? <Rollen persoonId={id} /> : null}
    </Page>
  );
}

function Gegevens({ persoon: p }: { persoon: Persoon }) {
  const { t, tijdstip } = useI18n();
  return (
    <>
      {!p.isActief ? <Alert type="info"><Paragraph><strong>{t('algemeen.inactief')}:</strong> {t('personen.inactiefUitleg')}</Paragraph></Alert> : null}
      <DataSummary items={[
        { key: t('personen.email'), value: p.email },
        { key: t('organisaties.status'), value: <StatusBadge tone={p.isActief ? 'ok' : 'neutral'}>{p.isActief ? t('algemeen.actief') : t('algemeen.inactief')}</StatusBadge> },
        { key: t('personen.sso'), value: p.heeftSso ? t('algemeen.ja') : t('algemeen.nee') },
        { key: t('algemeen.bijgewerkt'), value: tijdstip(p.updatedAt) },
      ]} />
    </>
  );
}

/** Roles in force now, and apart from them the planned and ended ones (the history). */
function Rollen({ persoonId }: { persoonId: string }) {
  const { t } = useI18n();
  const rollen = useRollenVanPersoon(persoonId);
  const nu = rollen.data?.filter((r) => r.status === 'actief') ?? [];
  const overig = rollen.data?.filter((r) => r.status !== 'actief') ?? [];
  return (
    <>
      <section className="dh-section" aria-labelledby="rollen-nu">
        <Heading level={2} id="rollen-nu">{t('personen.rollenNu')}</Heading>
        {rollen.isPending ? <Loading /> : null}
        {rollen.isError ? <ErrorMessage error={rollen.error} onRetry={() => void rollen.refetch()} /> : null}
        {rollen.data && nu.length === 0 ? <Paragraph>{t('personen.geenRollen')}</Paragraph> : null}
        {nu.length > 0 ? <RollenTabel persoonId={persoonId} rollen={nu} caption={t('personen.rollenNuCaption')} /> : null}
      </section>
      {overig.length > 0 ? (
        <section className="dh-section" aria-labelledby="rollen-geschiedenis">
          <Heading level={2} id="rollen-geschiedenis">{t('personen.geschiedenis')}</Heading>
          <RollenTabel persoonId={persoonId} rollen={overig} caption={t('personen.geschiedenisCaption')} />
        </section>
      ) : null}
    </>
  );
}
