import { useLocation, useParams } from 'react-router';
import type { Rol, ScheidingWaarschuwingMetDriehoek } from '../../../common/api/personen.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Alert, ButtonLink, DataSummary, Heading, Link, ListItem, Paragraph, StatusBadge, UnorderedList, TableContainer } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { usePersoon, useRollenVanPersoon } from './api.js';

export default function PersoonDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const persoon = usePersoon(id);
  const rollen = useRollenVanPersoon(id);
  // Set by the role forms: what the change did to the separation of eigenaar and opdrachtgever.
  const waarschuwingen = (location.state as { waarschuwingen?: ScheidingWaarschuwingMetDriehoek[] } | null)?.waarschuwingen ?? [];
  const p = persoon.data;
  const crumbs = [{ label: t('nav.personen'), to: '/personen' }, { label: p?.naam ?? t('app.laden') }];
  if (persoon.isError) return <Page title={t('app.fout')} crumbs={crumbs}><ErrorMessage error={persoon.error} /></Page>;
  return (
    <Page
      title={p?.naam ?? t('app.laden')}
      crumbs={crumbs}
      actions={p ? <ButtonLink appearance="primary-action" to={`/personen/${p.id}/rollen/nieuw`}>{t('personen.rolToekennen')}</ButtonLink> : null}
    >
      {waarschuwingen.length > 0 ? (
        <Alert type="warning" live="polite">
          <Paragraph><strong>{t('driehoeken.scheidingWaarschuwing')}:</strong> {t('personen.scheidingNaWijziging')}</Paragraph>
          <UnorderedList>
            {waarschuwingen.map((w) => (
              <ListItem key={`${w.driehoekId}-${w.soort}-${w.persoonId}-${w.organisatieId}`}>
                <Link to={`/driehoeken/${w.driehoekId}`}>{w.omschrijving}</Link>
              </ListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      {!p ? <Loading /> : (
        <DataSummary items={[
          { key: t('personen.email'), value: p.email },
          { key: t('organisaties.status'), value: <StatusBadge tone={p.isActief ? 'ok' : 'neutral'}>{p.isActief ? t('algemeen.actief') : t('algemeen.inactief')}</StatusBadge> },
          { key: t('personen.sso'), value: p.heeftSso ? t('algemeen.ja') : t('algemeen.nee') },
        ]} />
      )}
      <section className="dh-section" aria-labelledby="rollen">
        <Heading level={2} id="rollen">{t('personen.rollen')}</Heading>
        {rollen.isPending ? <Loading /> : null}
        {rollen.isError ? <ErrorMessage error={rollen.error} /> : null}
        {rollen.data && rollen.data.length === 0 ? <Paragraph>{t('personen.geenRollen')}</Paragraph> : null}
        {rollen.data && rollen.data.length > 0 ? <RollenTabel persoonId={id!} rollen={rollen.data} /> : null}
      </section>
    </Page>
  );
}

function RollenTabel({ persoonId, rollen }: { persoonId: string; rollen: Rol[] }) {
  const { t, datum } = useI18n();
  return (
    <TableContainer label={t('personen.rollenCaption')}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{t('personen.rollenCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.rol')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.organisatie')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.driehoek')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigVan')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigTot')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('organisaties.status')}</th>
            <th scope="col" className="utrecht-table__header-cell"><span className="rhc-visually-hidden">{t('personen.acties')}</span></th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rollen.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <th scope="row" className="utrecht-table__header-cell dh-row-header">{t(`rol.${r.rol}`)}</th>
              <td className="utrecht-table__cell">{r.organisatieId ? <Link to={`/organisaties/${r.organisatieId}`}>{r.organisatieNaam}</Link> : ''}</td>
              <td className="utrecht-table__cell">{r.driehoekId ? <Link to={`/driehoeken/${r.driehoekId}`}>{r.driehoekNaam}</Link> : ''}</td>
              <td className="utrecht-table__cell">{datum(r.geldigVan)}</td>
              <td className="utrecht-table__cell">{r.geldigTot ? datum(r.geldigTot) : t('rollen.onbepaald')}</td>
              <td className="utrecht-table__cell">
                <StatusBadge tone={r.status === 'actief' ? 'ok' : 'neutral'}>{t(`rolStatus.${r.status}`)}</StatusBadge>
              </td>
              <td className="utrecht-table__cell">
                {r.status !== 'beeindigd' ? (
                  <Link to={`/personen/${persoonId}/rollen/${r.id}/beeindigen`}>
                    {t('personen.beeindigen')}<span className="rhc-visually-hidden"> ({t(`rol.${r.rol}`)}{r.organisatieNaam ? `, ${r.organisatieNaam}` : ''})</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
