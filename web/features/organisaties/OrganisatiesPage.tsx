import type { Organisatie } from '../../../common/api/organisaties.js';
import { ORGANISATIE_SOORTEN } from '../../../common/enums.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { ButtonLink, Link, StatusBadge } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useSessie } from '../../lib/sessie.js';

export default function OrganisatiesPage() {
  const { t, datum } = useI18n();
  const isBeheerder = !!useSessie().data?.isBeheerder;
  const columns: Column<Organisatie>[] = [
    { key: 'naam', label: t('organisaties.naam'), sortField: 'naam', isRowHeader: true,
      render: (o) => <Link to={`/organisaties/${o.id}`}>{o.naam}</Link>, exportValue: (o) => o.naam },
    { key: 'afkorting', label: t('organisaties.afkorting'), sortField: 'afkorting', render: (o) => o.afkorting ?? '', exportValue: (o) => o.afkorting },
    { key: 'soort', label: t('organisaties.soort'), sortField: 'soort', render: (o) => t(`soort.${o.soort}`), exportValue: (o) => t(`soort.${o.soort}`) },
    { key: 'pad', label: t('organisaties.plaats'), render: (o) => o.pad, exportValue: (o) => o.pad },
    { key: 'status', label: t('organisaties.status'),
      render: (o) => <StatusBadge tone={o.isActief ? 'ok' : 'neutral'}>{o.isActief ? t('algemeen.actief') : t('algemeen.inactief')}</StatusBadge>,
      exportValue: (o) => (o.isActief ? t('algemeen.actief') : t('algemeen.inactief')) },
    { key: 'actiefTot', label: t('organisaties.actiefTot'), render: (o) => datum(o.actiefTot), exportValue: (o) => o.actiefTot },
  ];
  return (
    <Page
      title={t('nav.organisaties')}
      crumbs={[{ label: t('nav.organisaties') }]}
      actions={
        <>
          <ButtonLink to="/organisaties/boom">{t('organisaties.boomTonen')}</ButtonLink>
          {isBeheerder ? <ButtonLink appearance="primary-action" to="/organisaties/nieuw">{t('organisaties.nieuw')}</ButtonLink> : null}
        </>
      }
    >
      <DataTable<Organisatie>
        path="/organisaties"
        caption={t('nav.organisaties')}
        columns={columns}
        defaultSort="naam"
        rowKey={(o) => o.id}
        exportName="organisaties"
        searchLabel={t('organisaties.zoeken')}
        filters={[
          { name: 'soort', label: t('organisaties.soort'), options: ORGANISATIE_SOORTEN.map((s) => ({ value: s, label: t(`soort.${s}`) })) },
          { name: 'isActief', label: t('organisaties.status'), options: [
            { value: 'true', label: t('algemeen.actief') },
            { value: 'false', label: t('algemeen.inactief') },
          ] },
        ]}
      />
    </Page>
  );
}
