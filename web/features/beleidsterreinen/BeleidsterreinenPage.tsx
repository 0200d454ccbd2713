import type { Beleidsterrein } from '../../../common/api/beleidsterreinen.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { ButtonLink, Link } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useSessie } from '../../lib/sessie.js';
import { organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';
import { Verantwoordelijke, verantwoordelijkeTekst } from './Verantwoordelijke.js';

export default function BeleidsterreinenPage() {
  const { t } = useI18n();
  const isBeheerder = !!useSessie().data?.isBeheerder;
  const boom = useOrganisatieBoom();
  const uitvoerders = (b: Beleidsterrein) => b.uitvoerders.map((u) => u.afkorting ?? u.naam).join(', ');
  const columns: Column<Beleidsterrein>[] = [
    { key: 'naam', label: t('beleidsterreinen.naam'), sortField: 'naam', isRowHeader: true,
      render: (b) => <Link to={`/beleidsterreinen/${b.id}`}>{b.naam}</Link>, exportValue: (b) => b.naam },
    { key: 'verantwoordelijke', label: t('beleidsterreinen.verantwoordelijke'), render: (b) => <Verantwoordelijke terrein={b} />, exportValue: (b) => verantwoordelijkeTekst(b, t) },
    { key: 'uitvoerders', label: t('beleidsterreinen.uitvoerders'), render: uitvoerders, exportValue: uitvoerders },
    { key: 'grondslagen', label: t('beleidsterreinen.grondslagen'), render: (b) => b.wettelijkeGrondslagen.join('; '), exportValue: (b) => b.wettelijkeGrondslagen.join('; ') },
  ];
  const agencies = organisatieOptions(boom.data ?? [], t('algemeen.inactief').toLowerCase(), (k) => k.soort === 'uitvoeringsorganisatie');
  return (
    <Page
      title={t('nav.beleidsterreinen')}
      crumbs={[{ label: t('nav.beleidsterreinen') }]}
      actions={
        <>
          <ButtonLink to="/beleidsterreinen/boom">{t('organisaties.boomTonen')}</ButtonLink>
          {isBeheerder ? <ButtonLink appearance="primary-action" to="/beleidsterreinen/nieuw">{t('beleidsterreinen.nieuw')}</ButtonLink> : null}
        </>
      }
    >
      <p className="nl-paragraph">{t('beleidsterreinen.uitleg')}</p>
      <DataTable<Beleidsterrein>
        path="/beleidsterreinen"
        caption={t('nav.beleidsterreinen')}
        columns={columns}
        defaultSort="naam"
        rowKey={(b) => b.id}
        exportName="beleidsterreinen"
        searchLabel={t('beleidsterreinen.zoeken')}
        filters={[
          { name: 'isWees', label: t('beleidsterreinen.filterWees'), options: [
            { value: 'true', label: t('beleidsterreinen.alleenWees') },
            { value: 'false', label: t('beleidsterreinen.metVerantwoordelijke') },
          ] },
          { name: 'verantwoordelijkeInactief', label: t('beleidsterreinen.filterOpgeheven'), options: [
            { value: 'true', label: t('beleidsterreinen.alleenOpgeheven') },
          ] },
          { name: 'uitvoerderId', label: t('beleidsterreinen.uitvoerder'), options: agencies },
        ]}
      />
    </Page>
  );
}
