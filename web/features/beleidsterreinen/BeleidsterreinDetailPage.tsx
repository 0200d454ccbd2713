import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Alert, Button, ButtonLink, DataSummary, Heading, Link, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { useSessie } from '../../lib/sessie.js';
import { useAlleDriehoeken } from '../driehoeken/api.js';
import { deleteBeleidsterrein, magToewijzen, useBeleidsterrein, useBeleidsterreinBoom } from './api.js';
import { Verantwoordelijke } from './Verantwoordelijke.js';

export default function BeleidsterreinDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const sessie = useSessie().data;
  const terrein = useBeleidsterrein(id);
  const boom = useBeleidsterreinBoom();
  const driehoeken = useAlleDriehoeken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [confirm, setConfirm] = useState(false);
  const verwijder = useMutation({
    mutationFn: () => deleteBeleidsterrein(id!, terrein.data!.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['/beleidsterreinen'] });
      announce(t('beleidsterreinen.verwijderd'));
      navigate('/beleidsterreinen');
    },
    onSettled: () => setConfirm(false),
  });
  const b = terrein.data;
  const crumbs = [{ label: t('nav.beleidsterreinen'), to: '/beleidsterreinen' }, { label: b?.naam ?? t('app.laden') }];
  if (terrein.isError) return <Page title={t('app.fout')} crumbs={crumbs}><ErrorMessage error={terrein.error} /></Page>;
  const kanToewijzen = !!b && magToewijzen(sessie, b, driehoeken.data ?? []);
  const parent = b?.parentId ? boom.data?.find((k) => k.id === b.parentId) : undefined;
  const kinderen = (boom.data ?? []).filter((k) => k.parentId === id);
  return (
    <Page
      title={b?.naam ?? t('app.laden')}
      crumbs={crumbs}
      actions={b ? (
        <>
          {kanToewijzen ? <ButtonLink appearance="primary-action" to={`/beleidsterreinen/${b.id}/toewijzing`}>{t('beleidsterreinen.toewijzen')}</ButtonLink> : null}
          {sessie?.isBeheerder ? <ButtonLink to={`/beleidsterreinen/${b.id}/bewerken`}>{t('algemeen.wijzigen')}</ButtonLink> : null}
          {sessie?.isBeheerder ? <Button onClick={() => setConfirm(true)}>{t('algemeen.verwijderen')}</Button> : null}
        </>
      ) : null}
    >
      {!b ? <Loading /> : (
        <>
          {verwijder.isError ? <ErrorMessage error={verwijder.error} /> : null}
          {b.isWees ? (
            <Alert type="warning"><Paragraph><strong>{t('beleidsterreinen.wees')}:</strong> {t('beleidsterreinen.weesUitleg')}</Paragraph></Alert>
          ) : null}
          {b.omschrijving ? <Paragraph lead>{b.omschrijving}</Paragraph> : null}
          <DataSummary items={[
            { key: t('beleidsterreinen.verantwoordelijke'), value: <Verantwoordelijke terrein={b} /> },
            { key: t('beleidsterreinen.uitvoerders'), value: b.uitvoerders.length
              ? b.uitvoerders.map((u, i) => <span key={u.id}>{i > 0 ? ', ' : ''}<Link to={`/organisaties/${u.id}`}>{u.naam}</Link></span>)
              : t('algemeen.geen') },
            { key: t('beleidsterreinen.grondslagen'), value: b.wettelijkeGrondslagen.length ? b.wettelijkeGrondslagen.join('; ') : t('algemeen.geen') },
            { key: t('beleidsterreinen.valtOnder'), value: parent ? <Link to={`/beleidsterreinen/${parent.id}`}>{parent.naam}</Link> : t('beleidsterreinen.bovenaan') },
          ]} />
          {kinderen.length > 0 ? (
            <section className="dh-section" aria-labelledby="onderliggend">
              <Heading level={2} id="onderliggend">{t('beleidsterreinen.onderliggend')}</Heading>
              <UnorderedList>
                {kinderen.map((k) => <ListItem key={k.id}><Link to={`/beleidsterreinen/${k.id}`}>{k.naam}</Link>{k.isWees ? ` (${t('beleidsterreinen.wees').toLowerCase()})` : ''}</ListItem>)}
              </UnorderedList>
            </section>
          ) : null}
          <ConfirmDialog
            open={confirm}
            title={t('beleidsterreinen.verwijderVraag', { naam: b.naam })}
            text={t('beleidsterreinen.verwijderUitleg')}
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
