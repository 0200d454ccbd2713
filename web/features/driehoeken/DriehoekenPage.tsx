import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { ButtonLink, Link } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useSessie } from '../../lib/sessie.js';
import { ScheidingBadge, scheidingTekst } from './ScheidingBadge.js';

export default function DriehoekenPage() {
  const { t } = useI18n();
  const isBeheerder = !!useSessie().data?.isBeheerder;
  const opdrachtgevers = (d: DriehoekSamenvatting) =>
    d.opdrachtgevers.map((g) => (g.isCoordinerend ? `${g.naam} (${t('driehoeken.coordinerend')})` : g.naam)).join('; ');
  const columns: Column<DriehoekSamenvatting>[] = [
    { key: 'naam', label: t('driehoeken.naam'), sortField: 'naam', isRowHeader: true,
      render: (d) => <Link to={`/driehoeken/${d.id}`}>{d.naam}</Link>, exportValue: (d) => d.naam },
    { key: 'opdrachtnemer', label: t('driehoeken.opdrachtnemer'), render: (d) => d.uitvoeringsorganisatie.naam, exportValue: (d) => d.uitvoeringsorganisatie.naam },
    { key: 'eigenaar', label: t('driehoeken.eigenaar'), render: (d) => d.eigenaar.naam, exportValue: (d) => d.eigenaar.naam },
    { key: 'opdrachtgevers', label: t('driehoeken.opdrachtgevers'), render: opdrachtgevers, exportValue: opdrachtgevers },
    { key: 'scheiding', label: t('driehoeken.scheiding'), render: (d) => <ScheidingBadge driehoek={d} />, exportValue: (d) => scheidingTekst(d, t) },
  ];
  return (
    <Page
      title={t('nav.driehoeken')}
      crumbs={[{ label: t('nav.driehoeken') }]}
      actions={isBeheerder ? <ButtonLink appearance="primary-action" to="/driehoeken/nieuw">{t('driehoeken.nieuw')}</ButtonLink> : null}
    >
      <p className="nl-paragraph">{t('driehoeken.uitleg')}</p>
      <DataTable<DriehoekSamenvatting>
        path="/driehoeken"
        caption={t('nav.driehoeken')}
        columns={columns}
        defaultSort="naam"
        rowKey={(d) => d.id}
        exportName="driehoeken"
        searchLabel={t('driehoeken.zoeken')}
        filters={[
          { name: 'heeftScheidingWaarschuwing', label: t('driehoeken.scheidingWaarschuwing'), options: [
            { value: 'true', label: t('tabel.ja') }, { value: 'false', label: t('tabel.nee') },
          ] },
          { name: 'mijn', label: t('driehoeken.filterMijn'), options: [{ value: 'true', label: t('driehoeken.alleenMijn') }] },
        ]}
      />
    </Page>
  );
}
