import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type Beleidsterrein, createToewijzingSchema } from '../../../common/api/beleidsterreinen.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { SelectField, TextareaField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { emptyToNull, useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Alert, Button, ButtonLink, DataSummary, Paragraph } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { useAlleDriehoeken } from '../driehoeken/api.js';
import { organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';
import { assignBeleidsterrein, kandidaatVerantwoordelijken, useBeleidsterrein } from './api.js';
import { verantwoordelijkeTekst } from './Verantwoordelijke.js';

interface Values {
  beleidsverantwoordelijkeId: string;
  toelichting: string;
}

/** Assign the beleidsverantwoordelijke of a beleidsterrein (or make it a wees again). */
export default function ToewijzingPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const terrein = useBeleidsterrein(id);
  const title = t('beleidsterreinen.toewijzenTitel');
  const crumbs = [
    { label: t('nav.beleidsterreinen'), to: '/beleidsterreinen' },
    { label: terrein.data?.naam ?? t('app.laden'), to: `/beleidsterreinen/${id}` },
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {terrein.isError ? <ErrorMessage error={terrein.error} /> : null}
      {terrein.data ? <ToewijzingForm terrein={terrein.data} onReload={() => terrein.refetch()} /> : <Loading />}
    </Page>
  );
}

function ToewijzingForm({ terrein, onReload }: { terrein: Beleidsterrein; onReload: () => Promise<unknown> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const boom = useOrganisatieBoom();
  const driehoeken = useAlleDriehoeken();
  const [herladen, setHerladen] = useState(false);
  const form = useZodForm<Values, typeof createToewijzingSchema>(createToewijzingSchema, {
    defaultValues: { beleidsverantwoordelijkeId: terrein.beleidsverantwoordelijkeId ?? '', toelichting: '' },
    prepare: (v) => ({ beleidsverantwoordelijkeId: emptyToNull(v.beleidsverantwoordelijkeId), toelichting: v.toelichting.trim() || undefined }),
  });
  const errors = useSaveErrors(form);
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await assignBeleidsterrein(terrein.id, terrein.version, body);
      queryClient.setQueryData(['/beleidsterreinen', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['/beleidsterreinen'] });
      announce(saved.isWees ? t('beleidsterreinen.weesGemaakt') : t('beleidsterreinen.toegewezen', { naam: saved.beleidsverantwoordelijke?.naam ?? '' }));
      navigate(`/beleidsterreinen/${saved.id}`);
    } catch (error) {
      errors.handle(error);
    }
  });
  if (boom.isPending || driehoeken.isPending) return <Loading />;
  const kandidaten = kandidaatVerantwoordelijken(boom.data ?? [], driehoeken.data ?? []);
  const options = organisatieOptions(boom.data ?? [], t('algemeen.inactief').toLowerCase(), (k) => kandidaten.has(k.id));
  return (
    <>
      {herladen ? <Alert type="info" live="polite"><Paragraph>{t('conflict.herladen.klaar')}</Paragraph></Alert> : null}
      <DataSummary items={[
        { key: t('beleidsterreinen.naam'), value: terrein.naam },
        { key: t('beleidsterreinen.huidigeVerantwoordelijke'), value: verantwoordelijkeTekst(terrein, t) },
      ]} />
      <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
        <SelectField
          name="beleidsverantwoordelijkeId"
          label={t('beleidsterreinen.verantwoordelijke')}
          description={t('beleidsterreinen.verantwoordelijkeUitleg')}
          options={options}
          placeholder={t('beleidsterreinen.geenWees')}
        />
        <TextareaField name="toelichting" label={t('beleidsterreinen.toelichting')} description={t('beleidsterreinen.toelichtingUitleg')} rows={3} />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('beleidsterreinen.toewijzen')}
          </Button>
          <ButtonLink to={`/beleidsterreinen/${terrein.id}`}>{t('formulier.annuleren')}</ButtonLink>
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
