import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { createOrganisatieSchema, type Organisatie, updateOrganisatieSchema } from '../../../common/api/organisaties.js';
import { ORGANISATIE_SOORTEN, type OrganisatieSoort } from '../../../common/enums.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { SelectField, TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { emptyToNull, useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Alert, Button, ButtonLink, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { createOrganisatie, organisatieOptions, updateOrganisatie, useOrganisatie, useOrganisatieBoom } from './api.js';

interface Values {
  naam: string;
  afkorting: string;
  soort: OrganisatieSoort | '';
  parentId: string;
  actiefVan: string;
  actiefTot: string;
}

const toValues = (o?: Organisatie): Values => ({
  naam: o?.naam ?? '',
  afkorting: o?.afkorting ?? '',
  soort: o?.soort ?? '',
  parentId: o?.parentId ?? '',
  actiefVan: o?.actiefVan ?? '',
  actiefTot: o?.actiefTot ?? '',
});

const toBody = (v: Values) => ({
  naam: v.naam,
  afkorting: emptyToNull(v.afkorting),
  soort: emptyToNull(v.soort),
  parentId: emptyToNull(v.parentId),
  actiefVan: emptyToNull(v.actiefVan),
  actiefTot: emptyToNull(v.actiefTot),
});

/** Create (no id) or edit an organisation. */
export default function OrganisatieFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const organisatie = useOrganisatie(id);
  const title = id ? t('organisaties.wijzigen') : t('organisaties.nieuw');
  const crumbs = [
    { label: t('nav.organisaties'), to: '/organisaties' },
    ...(id ? [{ label: organisatie.data?.naam ?? t('app.laden'), to: `/organisaties/${id}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {id && organisatie.isError ? <ErrorMessage error={organisatie.error} /> : null}
      {id && organisatie.isPending ? <Loading /> : null}
      {!id || organisatie.data ? <OrganisatieForm bestaand={organisatie.data} onReload={() => organisatie.refetch()} /> : null}
    </Page>
  );
}

function OrganisatieForm({ bestaand, onReload }: { bestaand?: Organisatie; onReload: () => Promise<unknown> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const boom = useOrganisatieBoom();
  const form = useZodForm<Values, typeof createOrganisatieSchema | typeof updateOrganisatieSchema>(
    bestaand ? updateOrganisatieSchema : createOrganisatieSchema,
    { defaultValues: toValues(bestaand), prepare: toBody },
  );
  const errors = useSaveErrors(form);
  const [verschillen, setVerschillen] = useState<string[] | null>(null);
  const labels: Record<keyof Values, string> = {
    naam: t('organisaties.naam'), afkorting: t('organisaties.afkorting'), soort: t('organisaties.soort'),
    parentId: t('organisaties.bovenliggende'), actiefVan: t('organisaties.actiefVan'), actiefTot: t('organisaties.actiefTot'),
  };

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = bestaand
        ? await updateOrganisatie(bestaand.id, bestaand.version, body)
        : await createOrganisatie(body as Parameters<typeof createOrganisatie>[0]);
      queryClient.setQueryData(['/organisaties', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['/organisaties'] });
      announce(t('formulier.opgeslagen'));
      navigate(`/organisaties/${saved.id}`);
    } catch (error) {
      errors.handle(error);
    }
  });

  async function reload() {
    errors.setConflict(false);
    const result = (await onReload()) as { data?: Organisatie };
    // The form keeps the user's input; show which fields now differ from the newest version.
    const nieuw = toValues(result.data);
    const mine = form.getValues();
    setVerschillen((Object.keys(nieuw) as (keyof Values)[]).filter((k) => nieuw[k] !== mine[k]).map((k) => `${labels[k]}: ${nieuw[k] || t('algemeen.geen')}`));
  }

  const parentOptions = organisatieOptions(boom.data ?? [], t('algemeen.inactief').toLowerCase(), (k) => k.id !== bestaand?.id);
  return (
    <>
      {verschillen ? (
        <Alert type="info" live="polite">
          <Paragraph>{t('conflict.herladen.klaar')}</Paragraph>
          {verschillen.length > 0 ? (
            <>
              <Paragraph>{t('conflict.nieuweWaarden')}</Paragraph>
              <UnorderedList>{verschillen.map((v) => <ListItem key={v}>{v}</ListItem>)}</UnorderedList>
            </>
          ) : null}
        </Alert>
      ) : null}
      <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
        <TextField name="naam" label={labels.naam} required />
        <TextField name="afkorting" label={labels.afkorting} description={t('organisaties.afkortingUitleg')} size="small" />
        <SelectField name="soort" label={labels.soort} required options={ORGANISATIE_SOORTEN.map((s) => ({ value: s, label: t(`soort.${s}`) }))} />
        <SelectField name="parentId" label={labels.parentId} description={t('organisaties.bovenliggendeUitleg')} options={parentOptions} placeholder={t('organisaties.bovenaan')} />
        <TextField name="actiefVan" label={labels.actiefVan} type="date" size="small" />
        <TextField name="actiefTot" label={labels.actiefTot} type="date" size="small" description={t('organisaties.actiefTotUitleg')} />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('formulier.opslaan')}
          </Button>
          <ButtonLink to={bestaand ? `/organisaties/${bestaand.id}` : '/organisaties'}>{t('formulier.annuleren')}</ButtonLink>
        </ActionGroup>
      </FormShell>
      <ConflictDialog open={errors.isConflict} onReload={() => void reload()} onClose={() => errors.setConflict(false)} />
    </>
  );
}
