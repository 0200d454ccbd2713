import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Page as ApiPage } from '../../../common/api/common.js';
import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import type { Rol } from '../../../common/api/personen.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Button, ButtonLink, DataSummary, Heading, Link, ListItem, Paragraph, StatusBadge, UnorderedList, TableContainer } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { api, queryString } from '../../lib/api.js';
import { useAnnounce } from '../../lib/announce.js';
import { useSessie } from '../../lib/sessie.js';
import { deleteOrganisatie, useOrganisatie, useOrganisatieBoom } from './api.js';

export default function OrganisatieDetailPage() {
  const { id } = useParams();
  const { t, datum } = useI18n();
  const isBeheerder = !!useSessie().data?.isBeheerder;
  const organisatie = useOrganisatie(id);
  const boom = useOrganisatieBoom();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [confirm, setConfirm] = useState(false);
  const verwijder = useMutation({
    mutationFn: () => deleteOrganisatie(id!, organisatie.data!.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['/organisaties'] });
      announce(t('organisaties.verwijderd'));
      navigate('/organisaties');
    },
    onSettled: () => setConfirm(false),
  });

  const crumbs = [{ label: t('nav.organisaties'), to: '/organisaties' }, { label: organisatie.data?.naam ?? t('app.laden') }];
  if (organisatie.isError) {
    return <Page title={t('app.fout')} crumbs={crumbs}><ErrorMessage error={organisatie.error} /></Page>;
  }
  const o = organisatie.data;
  const kinderen = (boom.data ?? []).filter((k) => k.parentId === id).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return (
    <Page
      title={o?.naam ?? t('app.laden')}
      crumbs={crumbs}
      actions={o && isBeheerder ? (
        <>
          <ButtonLink to={`/organisaties/${o.id}/bewerken`}>{t('algemeen.wijzigen')}</ButtonLink>
          <Button onClick={() => setConfirm(true)}>{t('algemeen.verwijderen')}</Button>
        </>
      ) : null}
    >
      {!o ? <Loading /> : (
        <>
          {verwijder.isError ? <ErrorMessage error={verwijder.error} /> : null}
          <DataSummary items={[
            { key: t('organisaties.afkorting'), value: o.afkorting ?? t('algemeen.geen') },
            { key: t('organisaties.soort'), value: t(`soort.${o.soort}`) },
            { key: t('organisaties.plaats'), value: o.parentId ? <Link to={`/organisaties/${o.parentId}`}>{o.pad.split(' › ').slice(0, -1).join(' › ')}</Link> : t('organisaties.bovenaan') },
            { key: t('organisaties.status'), value: <StatusBadge tone={o.isActief ? 'ok' : 'neutral'}>{o.isActief ? t('algemeen.actief') : t('algemeen.inactief')}</StatusBadge> },
            { key: t('organisaties.actiefVan'), value: o.actiefVan ? datum(o.actiefVan) : t('organisaties.onbekend') },
            { key: t('organisaties.actiefTot'), value: o.actiefTot ? datum(o.actiefTot) : t('rollen.onbepaald') },
          ]} />
          {kinderen.length > 0 ? (
            <section className="dh-section" aria-labelledby="onderdelen">
              <Heading level={2} id="onderdelen">{t('organisaties.onderdelen')}</Heading>
              <UnorderedList>
                {kinderen.map((k) => (
                  <ListItem key={k.id}><Link to={`/organisaties/${k.id}`}>{k.naam}</Link> ({t(`soort.${k.soort}`)})</ListItem>
                ))}
              </UnorderedList>
            </section>
          ) : null}
          <RollenBijOrganisatie organisatieId={o.id} />
          <DriehoekenVanOrganisatie organisatieId={o.id} />
          <ConfirmDialog
            open={confirm}
            title={t('organisaties.verwijderVraag', { naam: o.naam })}
            text={t('organisaties.verwijderUitleg')}
            confirmLabel={t('algemeen.verwijderen')}
            busy={verwijder.isPending}
            onConfirm={() => verwijder.mutate()}
            onClose={() => setConfirm(false)}
          />
        </>
      )}
    </Page>
  );
}

function RollenBijOrganisatie({ organisatieId }: { organisatieId: string }) {
  const { t, datum } = useI18n();
  const rollen = useQuery({
    queryKey: ['/rollen', 'organisatie', organisatieId],
    queryFn: () => api<ApiPage<Rol>>(`/rollen${queryString({ organisatieId, isActief: true, pageSize: 200, sort: 'rol' })}`),
  });
  return (
    <section className="dh-section" aria-labelledby="mensen">
      <Heading level={2} id="mensen">{t('organisaties.mensen')}</Heading>
      {rollen.isPending ? <Loading /> : null}
      {rollen.isError ? <ErrorMessage error={rollen.error} /> : null}
      {rollen.data && rollen.data.items.length === 0 ? <Paragraph>{t('organisaties.geenMensen')}</Paragraph> : null}
      {rollen.data && rollen.data.items.length > 0 ? (
        <TableContainer label={t('organisaties.mensen')}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">{t('organisaties.mensen')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('personen.naam')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.rol')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.driehoek')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigVan')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rollen.data.items.map((r) => (
                <tr className="utrecht-table__row" key={r.id}>
                  <th scope="row" className="utrecht-table__header-cell dh-row-header">{r.persoonNaam}</th>
                  <td className="utrecht-table__cell">{t(`rol.${r.rol}`)}</td>
                  <td className="utrecht-table__cell">{r.driehoekId ? <Link to={`/driehoeken/${r.driehoekId}`}>{r.driehoekNaam}</Link> : ''}</td>
                  <td className="utrecht-table__cell">{datum(r.geldigVan)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableContainer>
      ) : null}
    </section>
  );
}

function DriehoekenVanOrganisatie({ organisatieId }: { organisatieId: string }) {
  const { t } = useI18n();
  const driehoeken = useQuery({
    queryKey: ['/driehoeken', 'organisatie', organisatieId],
    queryFn: () => api<ApiPage<DriehoekSamenvatting>>(`/driehoeken${queryString({ organisatieId, pageSize: 200, sort: 'naam' })}`),
  });
  if (!driehoeken.data || driehoeken.data.items.length === 0) return null;
  return (
    <section className="dh-section" aria-labelledby="driehoeken-van-org">
      <Heading level={2} id="driehoeken-van-org">{t('organisaties.driehoeken')}</Heading>
      <UnorderedList>
        {driehoeken.data.items.map((d) => (
          <ListItem key={d.id}><Link to={`/driehoeken/${d.id}`}>{d.naam}</Link></ListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
