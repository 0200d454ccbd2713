import type { Persoon } from '../../../common/api/personen.js';
import { ROLLEN } from '../../../common/enums.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { ButtonLink, Link, StatusBadge } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';

export default function PersonenPage() {
  const { t } = useI18n();
  const rollen = (p: Persoon) => p.rollen.map((r) => `${t(`rol.${r.rol}`)}${r.organisatieNaam ? ` (${r.organisatieNaam})` : ''}`).join('; ');
  const columns: Column<Persoon>[] = [
    { key: 'naam', label: t('personen.naam'), sortField: 'naam', isRowHeader: true,
      render: (p) => <Link to={`/personen/${p.id}`}>{p.naam}</Link>, exportValue: (p) => p.naam },
    { key: 'email', label: t('personen.email'), sortField: 'email', render: (p) => p.email, exportValue: (p) => p.email },
    { key: 'rollen', label: t('personen.rollenNu'), render: rollen, exportValue: rollen },
    { key: 'status', label: t('organisaties.status'),
      render: (p) => <StatusBadge tone={p.isActief ? 'ok' : 'neutral'}>{p.isActief ? t('algemeen.actief') : t('algemeen.inactief')}</StatusBadge>,
      exportValue: (p) => (p.isActief ? t('algemeen.actief') : t('algemeen.inactief')) },
  ];
  return (
    <Page
      title={t('nav.personen')}
      crumbs={[{ label: t('nav.personen') }]}
      actions={<ButtonLink appearance="primary-action" to="/personen/nieuw">{t('personen.nieuw')}</ButtonLink>}
    >
      <DataTable<Persoon>
        path="/personen"
        caption={t('nav.personen')}
        columns={columns}
        defaultSort="naam"
        rowKey={(p) => p.id}
        exportName="personen"
        searchLabel={t('personen.zoeken')}
        filters={[
          { name: 'rol', label: t('rollen.rol'), options: ROLLEN.map((r) => ({ value: r, label: t(`rol.${r}`) })) },
          { name: 'isActief', label: t('organisaties.status'), options: [
            { value: 'true', label: t('algemeen.actief') }, { value: 'false', label: t('algemeen.inactief') },
          ] },
        ]}
      />
    </Page>
  );
}
