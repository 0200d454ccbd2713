import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createScheidingsuitzonderingSchema, type Driehoek } from '../../../common/api/driehoeken.js';
import { TextareaField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { ErrorMessage } from '../../components/Status.js';
import { Alert, Button, Heading, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { recordUitzondering, removeUitzondering } from './api.js';

/**
 * The separation check: eigenaar and opdrachtgever must be held apart. A breach is saved but
 * flagged until someone records an exception with a reason (audited on the server).
 */
export function Scheiding({ driehoek, magWijzigen }: { driehoek: Driehoek; magWijzigen: boolean }) {
  const { t, tijdstip } = useI18n();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [formOpen, setFormOpen] = useState(false);
  const intrekken = useMutation({
    mutationFn: () => removeUitzondering(driehoek.id, driehoek.version),
    onSuccess: (updated) => {
      queryClient.setQueryData(['/driehoeken', driehoek.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce(t('driehoeken.uitzonderingIngetrokken'));
    },
  });
  const breuken = driehoek.scheidingWaarschuwingen;
  return (
    <section className="dh-section" aria-labelledby="scheiding">
      <Heading level={2} id="scheiding">{t('driehoeken.scheidingTitel')}</Heading>
      {breuken.length === 0 ? (
        <Alert type="ok"><Paragraph><strong>{t('driehoeken.scheidingInOrde')}.</strong> {t('driehoeken.scheidingInOrdeUitleg')}</Paragraph></Alert>
      ) : (
        <Alert type={driehoek.scheidingUitzondering ? 'info' : 'warning'}>
          <Paragraph><strong>{driehoek.scheidingUitzondering ? t('driehoeken.scheidingUitzondering') : t('driehoeken.scheidingWaarschuwing')}:</strong> {t('driehoeken.scheidingBreukUitleg')}</Paragraph>
          <UnorderedList>{breuken.map((b) => <ListItem key={`${b.soort}-${b.organisatieId}-${b.persoonId}`}>{b.omschrijving}</ListItem>)}</UnorderedList>
          {driehoek.scheidingUitzondering ? (
            <Paragraph>
              {t('driehoeken.uitzonderingDoor', { door: driehoek.scheidingUitzondering.door, op: tijdstip(driehoek.scheidingUitzondering.op) })}{' '}
              <q>{driehoek.scheidingUitzondering.reden}</q>
            </Paragraph>
          ) : null}
        </Alert>
      )}
      {intrekken.isError ? <ErrorMessage error={intrekken.error} /> : null}
      {magWijzigen && breuken.length > 0 && driehoek.scheidingUitzondering ? (
        <Button onClick={() => intrekken.mutate()} busy={intrekken.isPending}>{t('driehoeken.uitzonderingIntrekken')}</Button>
      ) : null}
      {magWijzigen && breuken.length > 0 && !driehoek.scheidingUitzondering ? (
        formOpen ? <UitzonderingForm driehoek={driehoek} onDone={() => setFormOpen(false)} />
          : <Button onClick={() => setFormOpen(true)}>{t('driehoeken.uitzonderingVastleggen')}</Button>
      ) : null}
    </section>
  );
}

function UitzonderingForm({ driehoek, onDone }: { driehoek: Driehoek; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const form = useZodForm<{ reden: string }, typeof createScheidingsuitzonderingSchema>(createScheidingsuitzonderingSchema, {
    defaultValues: { reden: '' },
    prepare: (v) => v,
  });
  const errors = useSaveErrors(form);
  const onSubmit = form.handleSubmit(async ({ reden }) => {
    try {
      const updated = await recordUitzondering(driehoek.id, reden);
      queryClient.setQueryData(['/driehoeken', driehoek.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce(t('driehoeken.uitzonderingVastgelegd'));
      onDone();
    } catch (error) {
      errors.handle(error);
    }
  });
  return (
    <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
      <TextareaField name="reden" label={t('driehoeken.uitzonderingReden')} description={t('driehoeken.uitzonderingRedenUitleg')} required />
      <div className="utrecht-action-group utrecht-action-group--row">
        <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting}>{t('driehoeken.uitzonderingVastleggen')}</Button>
        <Button onClick={onDone}>{t('formulier.annuleren')}</Button>
      </div>
    </FormShell>
  );
}
