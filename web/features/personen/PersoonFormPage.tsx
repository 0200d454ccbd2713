import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { createPersoonSchema } from '../../../common/api/personen.js';
import { TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage } from '../../components/Status.js';
import { ActionGroup, Button, ButtonLink, Paragraph } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { createPersoon } from './api.js';

/** Add a person (beheerder); roles are granted on their page next. */
export default function PersoonFormPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const form = useZodForm<{ naam: string; email: string }, typeof createPersoonSchema>(createPersoonSchema, {
    defaultValues: { naam: '', email: '' },
    prepare: (v) => ({ naam: v.naam, email: v.email }),
  });
  const errors = useSaveErrors(form);
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await createPersoon(body);
      void queryClient.invalidateQueries({ queryKey: ['/personen'] });
      announce(t('formulier.opgeslagen'));
      navigate(`/personen/${saved.id}`);
    } catch (error) {
      errors.handle(error);
    }
  });
  const title = t('personen.nieuw');
  return (
    <Page title={title} crumbs={[{ label: t('nav.personen'), to: '/personen' }, { label: title }]}>
      <Paragraph>{t('personen.nieuwUitleg')}</Paragraph>
      <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
        <TextField name="naam" label={t('personen.naam')} autoComplete="off" required />
        <TextField name="email" label={t('personen.email')} type="email" autoComplete="off" description={t('personen.emailUitleg')} required />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('formulier.opslaan')}
          </Button>
          <ButtonLink to="/personen">{t('formulier.annuleren')}</ButtonLink>
        </ActionGroup>
      </FormShell>
    </Page>
  );
}
