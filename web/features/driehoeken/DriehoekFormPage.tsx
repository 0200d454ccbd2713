import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { createDriehoekSchema, type Driehoek, updateDriehoekSchema } from '../../../common/api/driehoeken.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { SelectField, TextareaField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { emptyToNull, useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Alert, Button, ButtonLink, DataSummary, Paragraph } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { useSessie } from '../../lib/sessie.js';
import { organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';
import { createDriehoek, updateDriehoek, useDriehoek } from './api.js';
import { OpdrachtgeversField } from './OpdrachtgeversField.js';

interface Values {
  uitvoeringsorganisatieId: string;
  eigenaarId: string;
  opdrachtgevers: { organisatieId: string }[];
  /** Index of the coördinerend opdrachtgever in the list, as the radio value. */
  coordinerend: string;
  omschrijving: string;
}

const toValues = (d?: Driehoek): Values => ({
  uitvoeringsorganisatieId: d?.uitvoeringsorganisatie.id ?? '',
  eigenaarId: d?.eigenaar.id ?? '',
  opdrachtgevers: d ? d.opdrachtgevers.map((g) => ({ organisatieId: g.id })) : [{ organisatieId: '' }],
  coordinerend: d ? String(Math.max(0, d.opdrachtgevers.findIndex((g) => g.isCoordinerend))) : '0',
  omschrijving: d?.omschrijving ?? '',
});

const toBody = (v: Values) => ({
  uitvoeringsorganisatieId: v.uitvoeringsorganisatieId,
  eigenaarId: v.eigenaarId,
  opdrachtgevers: v.opdrachtgevers.map((g, i) => ({ organisatieId: g.organisatieId, isCoordinerend: String(i) === v.coordinerend })),
  omschrijving: emptyToNull(v.omschrijving),
});

export default function DriehoekFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const driehoek = useDriehoek(id);
  const title = id ? t('driehoeken.wijzigen') : t('driehoeken.nieuw');
  const crumbs = [
    { label: t('nav.driehoeken'), to: '/driehoeken' },
    ...(id ? [{ label: driehoek.data?.naam ?? t('app.laden'), to: `/driehoeken/${id}` }] : []),
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {id && driehoek.isError ? <ErrorMessage error={driehoek.error} /> : null}
      {id && driehoek.isPending ? <Loading /> : null}
      {!id || driehoek.data ? <DriehoekForm bestaand={driehoek.data} onReload={() => driehoek.refetch()} /> : null}
    </Page>
  );
}

function DriehoekForm({ bestaand, onReload }: { bestaand?: Driehoek; onReload: () => Promise<{ data?: Driehoek }> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const isBeheerder = !!useSessie().data?.isBeheerder;
  const boom = useOrganisatieBoom();
  const [herladen, setHerladen] = useState(false);
  const kies = t('driehoeken.kiesOrganisatie');
  const form = useZodForm<Values, typeof createDriehoekSchema | typeof updateDriehoekSchema>(bestaand ? updateDriehoekSchema : createDriehoekSchema, {
    defaultValues: toValues(bestaand),
    prepare: toBody,
    emptyMessages: { uitvoeringsorganisatieId: kies, eigenaarId: kies, 'opdrachtgevers.*.organisatieId': kies },
  });
  const errors = useSaveErrors(form);
  const inactief = t('algemeen.inactief').toLowerCase();
  const knopen = boom.data ?? [];
  const agencies = organisatieOptions(knopen, inactief, (k) => k.soort === 'uitvoeringsorganisatie');
  const eigenaren = organisatieOptions(knopen, inactief, (k) => ['bestuursstaf', 'ministerie', 'directie'].includes(k.soort));
  const opdrachtgevers = organisatieOptions(knopen, inactief, (k) => ['directoraat-generaal', 'directie', 'ministerie', 'bestuursstaf'].includes(k.soort));

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = bestaand
        ? await updateDriehoek(bestaand.id, bestaand.version, body)
        : await createDriehoek(body as Parameters<typeof createDriehoek>[0]);
      queryClient.setQueryData(['/driehoeken', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce(t('formulier.opgeslagen'));
      navigate(`/driehoeken/${saved.id}`);
    } catch (error) {
      errors.handle(error);
    }
  });

  if (boom.isPending) return <Loading />;
  return (
    <>
      {herladen ? <Alert type="info" live="polite"><Paragraph>{t('conflict.herladen.klaar')}</Paragraph></Alert> : null}
      <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
        {bestaand && !isBeheerder ? (
          <DataSummary items={[{ key: t('driehoeken.opdrachtnemer'), value: bestaand.uitvoeringsorganisatie.naam }]} />
        ) : (
          <SelectField name="uitvoeringsorganisatieId" label={t('driehoeken.opdrachtnemer')} description={t('driehoeken.opdrachtnemerUitleg')} options={agencies} required />
        )}
        <SelectField name="eigenaarId" label={t('driehoeken.eigenaar')} description={t('driehoeken.eigenaarUitleg')} options={eigenaren} required />
        <OpdrachtgeversField options={opdrachtgevers} />
        <TextareaField name="omschrijving" label={t('driehoeken.omschrijving')} />
        <ActionGroup>
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('formulier.bezig') : t('formulier.opslaan')}
          </Button>
          <ButtonLink to={bestaand ? `/driehoeken/${bestaand.id}` : '/driehoeken'}>{t('formulier.annuleren')}</ButtonLink>
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
