import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Button, ButtonLink, Heading, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { useSessie } from '../../lib/sessie.js';
import { deleteDriehoek, magDriehoekWijzigen, useDriehoek } from './api.js';
import { Hoeken } from './Hoeken.js';
import { Scheiding } from './Scheiding.js';

export default function DriehoekDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const sessie = useSessie().data;
  const driehoek = useDriehoek(id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [confirm, setConfirm] = useState(false);
  const verwijder = useMutation({
    mutationFn: () => deleteDriehoek(id!, driehoek.data!.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce(t('driehoeken.verwijderd'));
      navigate('/driehoeken');
    },
    onSettled: () => setConfirm(false),
  });
  const d = driehoek.data;
  const crumbs = [{ label: t('nav.driehoeken'), to: '/driehoeken' }, { label: d?.naam ?? t('app.laden') }];
  if (driehoek.isError) return <Page title={t('app.fout')} crumbs={crumbs}><ErrorMessage error={driehoek.error} /></Page>;
  const magWijzigen = !!d && magDriehoekWijzigen(sessie, d.id);
  return (
    <Page
      title={d?.naam ?? t('app.laden')}
      crumbs={crumbs}
      actions={d ? (
        <>
          {magWijzigen ? <ButtonLink to={`/driehoeken/${d.id}/bewerken`}>{t('algemeen.wijzigen')}</ButtonLink> : null}
          {sessie?.isBeheerder ? <Button onClick={() => setConfirm(true)}>{t('algemeen.verwijderen')}</Button> : null}
        </>
      ) : null}
    >
      {!d ? <Loading /> : (
        <>
          {verwijder.isError ? <ErrorMessage error={verwijder.error} /> : null}
          {d.omschrijving ? <Paragraph lead>{d.omschrijving}</Paragraph> : null}
          <Hoeken driehoek={d} />
          {d.procescoordinatoren.length > 0 ? (
            <section className="dh-section" aria-labelledby="procescoordinatoren">
              <Heading level={2} id="procescoordinatoren">{t('rol.procescoordinator')}</Heading>
              <UnorderedList>
                {d.procescoordinatoren.map((p) => (
                  <ListItem key={p.rolId}>{p.naam}{p.organisatieNaam ? ` (${p.organisatieNaam})` : ''}</ListItem>
                ))}
              </UnorderedList>
            </section>
          ) : null}
          <Scheiding driehoek={d} magWijzigen={magWijzigen} />
          <ConfirmDialog
            open={confirm}
            title={t('driehoeken.verwijderVraag', { naam: d.naam })}
            text={t('driehoeken.verwijderUitleg')}
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
