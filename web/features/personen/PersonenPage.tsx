import type { Persoon, Rol } from '../../../common/api/personen.js';
import { ROLLEN } from '../../../common/enums.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { ButtonLink, Link, ListItem, StatusBadge, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';

export default function PersonenPage() {
  const { t } = useI18n();
  const boom = useOrganisatieBoom();
  const rolTekst = (r: Rol) => `${t(`rol.${r.rol}`)}${r.organisatieNaam ? ` (${r.organisatieNaam}${r.driehoekNaam ? `, ${r.driehoekNaam}` : ''})` : ''}`;
  const rollen = (p: Persoon) => p.rollen.map(rolTekst).join('; ');
  const rollenLijst = (p: Persoon) => {
    if (p.rollen.length === 0) return t('algemeen.geen');
    if (p.rollen.length === 1) return rolTekst(p.rollen[0]!);
    return <UnorderedList>{p.rollen.map((r) => <ListItem key={r.id}>{rolTekst(r)}</ListItem>)}</UnorderedList>;
  };
  const status = (p: Persoon) => (p.isActief ? t('algemeen.actief') : t('algemeen.inactief'));
  const columns: Column<Persoon>[] = [
    { key: 'naam', label: t('personen.naam'), sortField: 'naam', isRowHeader: true,
      render: (p) => <Link to={`/personen/${p.id}`}>{p.naam}</Link>, exportValue: (p) => p.naam },
    { key: 'email', label: t('personen.email'), sortField: 'email', render: (p) => p.email, exportValue: (p) => p.email },
    { key: 'rollen', label: t('personen.rollenNu'), render: rollenLijst, exportValue: rollen },
    { key: 'status', label: t('organisaties.status'),
      render: (p) => <StatusBadge tone={p.isActief ? 'ok' : 'neutral'}>{status(p)}</StatusBadge>, exportValue: status },
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
          { name: 'rol', label: t('personen.filterRol'), options: ROLLEN.map((r) => ({ value: r, label: t(`rol.${r}`) })) },
          { name: 'organisatieId', label: t('personen.filterOrganisatie'), options: organisatieOptions(boom.data ?? [], t('algemeen.inactief').toLowerCase()) },
          { name: 'isActief', label: t('organisaties.status'), options: [
            { value: 'true', label: t('algemeen.actief') }, { value: 'false', label: t('algemeen.inactief') },
          ] },
        ]}
      />
    </Page>
  );
}
