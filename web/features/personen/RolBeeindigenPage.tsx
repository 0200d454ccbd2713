import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type Rol, updateRolSchema } from '../../../common/api/personen.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Alert, Button, ButtonLink, DataSummary, Paragraph } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { updateRol, useRol, vandaag } from './api.js';

/** End a role on a date (the last day it holds); the history keeps it. */
export default function RolBeeindigenPage() {
  const { id, rolId } = useParams();
  const { t } = useI18n();
  const rol = useRol(rolId);
  const title = t('personen.rolBeeindigen');
  const crumbs = [
    { label: t('nav.personen'), to: '/personen' },
    { label: rol.data?.persoonNaam ?? t('app.laden'), to: `/personen/${id}` },
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {rol.isError ? <ErrorMessage error={rol.error} /> : null}
      {rol.data ? <BeeindigForm rol={rol.data} persoonId={id!} onReload={() => rol.refetch()} /> : <Loading />}
    </Page>
  );
}

function BeeindigForm({ rol, persoonId, onReload }: { rol: Rol; persoonId: string; onReload: () => Promise<unknown> }) {
  const { t, datum } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [herladen, setHerladen] = useState(false);
  const form = useZodForm<{ geldigTot: string }, typeof updateRolSchema>(updateRolSchema, {
    // Today, unless the rol has yet to start: it cannot end before its first day.
    defaultValues: { geldigTot: rol.geldigTot ?? (rol.geldigVan > vandaag() ? rol.geldigVan : vandaag()) },
    // Ending needs a date: an empty field is an error here, not "no end date".
    prepare: (v) => ({ geldigTot: v.geldigTot }),
    emptyMessages: { geldigTot: t('personen.vulEinddatumIn') },
  });
  const errors = useSaveErrors(form);
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await updateRol(rol.id, rol.version, body);
      void queryClient.invalidateQueries({ queryKey: ['/personen'] });
      void queryClient.invalidateQueries({ queryKey: ['/rollen'] });
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce([t('personen.rolBeeindigd', { datum: datum(saved.geldigTot) }), ...saved.scheidingWaarschuwingen.map((w) => w.omschrijving)].join(' '));
      navigate(`/personen/${persoonId}`, { state: { waarschuwingen: saved.scheidingWaarschuwingen } });
    } catch (error) {
      errors.handle(error);
    }
  });
  return (
    <>
      {herladen ? <Alert type="info" live="polite"><Paragraph>{t('conflict.herladen.klaar')}</Paragraph></Alert> : null}
      <DataSummary items={[
        { key: t('personen.naam'), value: rol.persoonNaam },
        { key: t('rollen.rol'), value: t(`rol.${rol.rol}`) },
        { key: t('rollen.organisatie'), value: rol.organisatieNaam ?? t('rollen.heleInstallatie') },
        { key: t('rollen.driehoek'), value: rol.driehoekNaam ?? t('algemeen.geen') },
        { key: t('rollen.geldigVan'), value: datum(rol.geldigVan) },
      ]} />
      <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
        <TextField name="geldigTot" label={t('personen.laatsteDag')} type="date" size="small" description={t('personen.laatsteDagUitleg')} required />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('personen.rolBeeindigen')}
          </Button>
          <ButtonLink to={`/personen/${persoonId}`}>{t('formulier.annuleren')}</ButtonLink>
        </ActionGroup>
      </FormShell>
      <ConflictDialog
        open={errors.isConflict}
        onReload={() => {
          errors.setConflict(false);
          void onReload().then(() => setHerladen(true));
        }}
        onClose={() => errors.setConflict(false)}
      />
    </>
  );
}
