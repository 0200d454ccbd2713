import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { createPersoonSchema, type Persoon, updatePersoonSchema } from '../../../common/api/personen.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Alert, Button, ButtonLink, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { createPersoon, updatePersoon, usePersoon } from './api.js';

interface Values {
  naam: string;
  email: string;
}

const toValues = (p?: Persoon): Values => ({ naam: p?.naam ?? '', email: p?.email ?? '' });

/** Add a person (no id) or change their name and e-mail address; roles have their own screens. */
export default function PersoonFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const persoon = usePersoon(id);
  const title = id ? t('personen.wijzigen') : t('personen.nieuw');
  const crumbs = [
    { label: t('nav.personen'), to: '/personen' },
    ...(id ? [{ label: persoon.data?.naam ?? t('app.laden'), to: `/personen/${id}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {id && persoon.isError ? <ErrorMessage error={persoon.error} /> : null}
      {id && persoon.isPending ? <Loading /> : null}
      {!id || persoon.data ? <PersoonForm bestaand={persoon.data} onReload={() => persoon.refetch()} /> : null}
    </Page>
  );
}

function PersoonForm({ bestaand, onReload }: { bestaand?: Persoon; onReload: () => Promise<unknown> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const form = useZodForm<Values, typeof createPersoonSchema | typeof updatePersoonSchema>(
    bestaand ? updatePersoonSchema : createPersoonSchema,
    { defaultValues: toValues(bestaand), prepare: (v) => ({ naam: v.naam, email: v.email }) },
  );
  const errors = useSaveErrors(form);
  const [verschillen, setVerschillen] = useState<string[] | null>(null);
  const labels: Record<keyof Values, string> = { naam: t('personen.naam'), email: t('personen.email') };

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = bestaand
        ? await updatePersoon(bestaand.id, bestaand.version, body)
        : await createPersoon(body as Parameters<typeof createPersoon>[0]);
      queryClient.setQueryData(['/personen', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['/personen'] });
      announce(t('formulier.opgeslagen'));
      navigate(`/personen/${saved.id}`);
    } catch (error) {
      errors.handle(error);
    }
  });

  async function reload() {
    errors.setConflict(false);
    const result = (await onReload()) as { data?: Persoon };
    // The form keeps the user's input; list what the other person saved, so they can compare.
    const nieuw = toValues(result.data);
    const mine = form.getValues();
    setVerschillen((Object.keys(nieuw) as (keyof Values)[]).filter((k) => nieuw[k] !== mine[k]).map((k) => `${labels[k]}: ${nieuw[k]}`));
  }

  return (
    <>
      {bestaand ? null : <Paragraph>{t('personen.nieuwUitleg')}</Paragraph>}
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
        <TextField name="naam" label={labels.naam} autoComplete="off" required />
        <TextField name="email" label={labels.email} type="email" autoComplete="off" description={t('personen.emailUitleg')} required />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('formulier.opslaan')}
          </Button>
          <ButtonLink to={bestaand ? `/personen/${bestaand.id}` : '/personen'}>{t('formulier.annuleren')}</ButtonLink>
        </ActionGroup>
      </FormShell>
      <ConflictDialog open={errors.isConflict} onReload={() => void reload()} onClose={() => errors.setConflict(false)} />
    </>
  );
}
