import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type Beleidsterrein, createBeleidsterreinSchema, updateBeleidsterreinSchema } from '../../../common/api/beleidsterreinen.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { CheckboxGroupField, SelectField, TextareaField, TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { emptyToNull, useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Alert, Button, ButtonLink, Paragraph } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { useAlleDriehoeken } from '../driehoeken/api.js';
import { organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';
import {
  createBeleidsterrein, kandidaatVerantwoordelijken, updateBeleidsterrein, useBeleidsterrein, useBeleidsterreinBoom,
} from './api.js';

interface Values {
  naam: string;
  omschrijving: string;
  beleidsverantwoordelijkeId: string;
  parentId: string;
  /** One legal basis per line. */
  wettelijkeGrondslagen: string;
  uitvoerderIds: string[];
}

const toValues = (b?: Beleidsterrein): Values => ({
  naam: b?.naam ?? '',
  omschrijving: b?.omschrijving ?? '',
  beleidsverantwoordelijkeId: b?.beleidsverantwoordelijkeId ?? '',
  parentId: b?.parentId ?? '',
  wettelijkeGrondslagen: b?.wettelijkeGrondslagen.join('\n') ?? '',
  uitvoerderIds: b?.uitvoerders.map((u) => u.id) ?? [],
});

const toBody = (v: Values) => ({
  naam: v.naam,
  omschrijving: emptyToNull(v.omschrijving),
  beleidsverantwoordelijkeId: emptyToNull(v.beleidsverantwoordelijkeId),
  parentId: emptyToNull(v.parentId),
  wettelijkeGrondslagen: v.wettelijkeGrondslagen.split('\n').map((s) => s.trim()).filter(Boolean),
  uitvoerderIds: Array.isArray(v.uitvoerderIds) ? v.uitvoerderIds : [],
});

export default function BeleidsterreinFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const terrein = useBeleidsterrein(id);
  const title = id ? t('beleidsterreinen.wijzigen') : t('beleidsterreinen.nieuw');
  const crumbs = [
    { label: t('nav.beleidsterreinen'), to: '/beleidsterreinen' },
    ...(id ? [{ label: terrein.data?.naam ?? t('app.laden'), to: `/beleidsterreinen/${id}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {id && terrein.isError ? <ErrorMessage error={terrein.error} /> : null}
      {id && terrein.isPending ? <Loading /> : null}
      {!id || terrein.data ? <BeleidsterreinForm bestaand={terrein.data} onReload={() => terrein.refetch()} /> : null}
    </Page>
  );
}

function BeleidsterreinForm({ bestaand, onReload }: { bestaand?: Beleidsterrein; onReload: () => Promise<unknown> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const organisaties = useOrganisatieBoom();
  const driehoeken = useAlleDriehoeken();
  const terreinen = useBeleidsterreinBoom();
  const [herladen, setHerladen] = useState(false);
  const form = useZodForm<Values, typeof createBeleidsterreinSchema | typeof updateBeleidsterreinSchema>(
    bestaand ? updateBeleidsterreinSchema : createBeleidsterreinSchema,
    { defaultValues: toValues(bestaand), prepare: toBody },
  );
  const errors = useSaveErrors(form);
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = bestaand
        ? await updateBeleidsterrein(bestaand.id, bestaand.version, body)
        : await createBeleidsterrein(body as Parameters<typeof createBeleidsterrein>[0]);
      queryClient.setQueryData(['/beleidsterreinen', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['/beleidsterreinen'] });
      announce(t('formulier.opgeslagen'));
      navigate(`/beleidsterreinen/${saved.id}`);
    } catch (error) {
      errors.handle(error);
    }
  });
  if (organisaties.isPending || driehoeken.isPending || terreinen.isPending) return <Loading />;
  const knopen = organisaties.data ?? [];
  const kandidaten = kandidaatVerantwoordelijken(knopen, driehoeken.data ?? []);
  const inactief = t('algemeen.inactief').toLowerCase();
  const parents = (terreinen.data ?? []).filter((k) => k.id !== bestaand?.id)
    .map((k) => ({ value: k.id, label: k.naam })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return (
    <>
      {herladen ? <Alert type="info" live="polite"><Paragraph>{t('conflict.herladen.klaar')}</Paragraph></Alert> : null}
      <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
        <TextField name="naam" label={t('beleidsterreinen.naam')} required />
        <TextareaField name="omschrijving" label={t('beleidsterreinen.omschrijving')} />
        <SelectField
          name="beleidsverantwoordelijkeId"
          label={t('beleidsterreinen.verantwoordelijke')}
          description={t('beleidsterreinen.verantwoordelijkeUitleg')}
          options={organisatieOptions(knopen, inactief, (k) => kandidaten.has(k.id) || k.id === bestaand?.beleidsverantwoordelijkeId)}
          placeholder={t('beleidsterreinen.geenWees')}
        />
        <SelectField name="parentId" label={t('beleidsterreinen.valtOnder')} options={parents} placeholder={t('beleidsterreinen.bovenaan')} />
        <TextareaField name="wettelijkeGrondslagen" label={t('beleidsterreinen.grondslagen')} description={t('beleidsterreinen.grondslagenUitleg')} rows={3} />
        <CheckboxGroupField
          name="uitvoerderIds"
          label={t('beleidsterreinen.uitvoerders')}
          description={t('beleidsterreinen.uitvoerdersUitleg')}
          options={organisatieOptions(knopen, inactief, (k) => k.soort === 'uitvoeringsorganisatie')}
        />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('formulier.opslaan')}
          </Button>
          <ButtonLink to={bestaand ? `/beleidsterreinen/${bestaand.id}` : '/beleidsterreinen'}>{t('formulier.annuleren')}</ButtonLink>
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
