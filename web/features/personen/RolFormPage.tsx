import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { createRolSchema } from '../../../common/api/personen.js';
import { ROLLEN, type RolSoort } from '../../../common/enums.js';
import { SelectField, TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { emptyToNull, useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { ActionGroup, Button, ButtonLink } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useAnnounce } from '../../lib/announce.js';
import { useAlleDriehoeken } from '../driehoeken/api.js';
import { organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';
import { createRol, usePersoon, vandaag } from './api.js';

interface Values {
  rol: RolSoort | '';
  organisatieId: string;
  driehoekId: string;
  geldigVan: string;
  geldigTot: string;
}

/** Grant a person a role, at an organisation and in a driehoek, from a date. */
export default function RolFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const persoon = usePersoon(id);
  const organisaties = useOrganisatieBoom();
  const driehoeken = useAlleDriehoeken();
  const form = useZodForm<Values, typeof createRolSchema>(createRolSchema, {
    defaultValues: { rol: '', organisatieId: '', driehoekId: '', geldigVan: vandaag(), geldigTot: '' },
    prepare: (v) => ({
      rol: emptyToNull(v.rol),
      organisatieId: emptyToNull(v.organisatieId),
      driehoekId: emptyToNull(v.driehoekId),
      geldigVan: v.geldigVan || undefined,
      geldigTot: emptyToNull(v.geldigTot),
    }),
    emptyMessages: { rol: t('personen.kiesRol') },
  });
  const errors = useSaveErrors(form);
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await createRol(id!, body);
      void queryClient.invalidateQueries({ queryKey: ['/personen'] });
      void queryClient.invalidateQueries({ queryKey: ['/rollen'] });
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce(t('personen.rolToegekend'));
      navigate(`/personen/${id}`, { state: { waarschuwingen: saved.scheidingWaarschuwingen } });
    } catch (error) {
      errors.handle(error);
    }
  });
  const title = t('personen.rolToekennen');
  const crumbs = [
    { label: t('nav.personen'), to: '/personen' },
    { label: persoon.data?.naam ?? t('app.laden'), to: `/personen/${id}` },
    { label: title },
  ];
  return (
    <Page title={title} crumbs={crumbs}>
      {persoon.isError ? <ErrorMessage error={persoon.error} /> : null}
      {organisaties.isPending || driehoeken.isPending ? <Loading /> : (
        <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
          <SelectField name="rol" label={t('rollen.rol')} options={ROLLEN.map((r) => ({ value: r, label: t(`rol.${r}`) }))} required />
          <SelectField
            name="organisatieId"
            label={t('rollen.organisatie')}
            description={t('personen.organisatieUitleg')}
            options={organisatieOptions(organisaties.data ?? [], t('algemeen.inactief').toLowerCase(), (k) => k.isActief)}
          />
          <SelectField
            name="driehoekId"
            label={t('rollen.driehoek')}
            description={t('personen.driehoekUitleg')}
            options={(driehoeken.data ?? []).map((d) => ({ value: d.id, label: d.naam }))}
          />
          <TextField name="geldigVan" label={t('rollen.geldigVan')} type="date" size="small" description={t('personen.geldigVanUitleg')} />
          <TextField name="geldigTot" label={t('rollen.geldigTot')} type="date" size="small" description={t('personen.geldigTotUitleg')} />
          <ActionGroup>
            <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t('formulier.bezig') : t('personen.rolToekennen')}
            </Button>
            <ButtonLink to={`/personen/${id}`}>{t('formulier.annuleren')}</ButtonLink>
          </ActionGroup>
        </FormShell>
      )}
    </Page>
  );
}
