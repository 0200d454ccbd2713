import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import { createRolSchema, type Persoon } from '../../../common/api/personen.js';
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
import { type BoomKnoop, organisatieOptions, useOrganisatieBoom } from '../organisaties/api.js';
import { createRol, usePersoon, vandaag } from './api.js';
import { driehoekKeuze, heeftOrganisatie, hoekVanRol, onderdelenVan } from './rolRegels.js';

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
  const persoon = usePersoon(id);
  const organisaties = useOrganisatieBoom();
  const driehoeken = useAlleDriehoeken();
  const title = t('personen.rolToekennen');
  const crumbs = [
    { label: t('nav.personen'), to: '/personen' },
    { label: persoon.data?.naam ?? t('app.laden'), to: `/personen/${id}` },
    { label: title },
  ];
  const fout = persoon.error ?? organisaties.error ?? driehoeken.error;
  return (
    <Page title={title} crumbs={crumbs}>
      {fout ? <ErrorMessage error={fout} /> : null}
      {persoon.data && organisaties.data && driehoeken.data
        ? <RolForm persoon={persoon.data} organisaties={organisaties.data} driehoeken={driehoeken.data} />
        : fout ? null : <Loading />}
    </Page>
  );
}

function RolForm({ persoon, organisaties, driehoeken }: { persoon: Persoon; organisaties: BoomKnoop[]; driehoeken: DriehoekSamenvatting[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const form = useZodForm<Values, typeof createRolSchema>(createRolSchema, {
    defaultValues: { rol: '', organisatieId: '', driehoekId: '', geldigVan: vandaag(), geldigTot: '' },
    // Fields hidden for the chosen rol are sent empty, whatever they held before the rol changed.
    prepare: (v) => ({
      rol: emptyToNull(v.rol),
      organisatieId: heeftOrganisatie(v.rol) ? emptyToNull(v.organisatieId) : null,
      driehoekId: driehoekKeuze(v.rol) === 'geen' ? null : emptyToNull(v.driehoekId),
      geldigVan: v.geldigVan || undefined,
      geldigTot: emptyToNull(v.geldigTot),
    }),
    emptyMessages: { rol: t('personen.kiesRol') },
  });
  const errors = useSaveErrors(form);
  const [rol, driehoekId, organisatieId] = useWatch({ control: form.control, name: ['rol', 'driehoekId', 'organisatieId'] });
  const keuze = driehoekKeuze(rol);
  const driehoek = keuze === 'geen' ? undefined : driehoeken.find((d) => d.id === driehoekId);
  const hoek = useMemo(() => hoekVanRol(rol, driehoek), [rol, driehoek]);
  const toegestaan = useMemo(() => (hoek ? onderdelenVan(organisaties, hoek.map((h) => h.id)) : null), [hoek, organisaties]);

  useEffect(() => {
    // A chosen organisation outside the corner of the newly chosen driehoek would only be refused.
    if (toegestaan && organisatieId && !toegestaan.has(organisatieId)) form.setValue('organisatieId', '');
  }, [toegestaan, organisatieId, form]);

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await createRol(persoon.id, body);
      void queryClient.invalidateQueries({ queryKey: ['/personen'] });
      void queryClient.invalidateQueries({ queryKey: ['/rollen'] });
      void queryClient.invalidateQueries({ queryKey: ['/driehoeken'] });
      announce([t('personen.rolToegekend'), ...saved.scheidingWaarschuwingen.map((w) => w.omschrijving)].join(' '));
      navigate(`/personen/${persoon.id}`, { state: { waarschuwingen: saved.scheidingWaarschuwingen } });
    } catch (error) {
      errors.handle(error);
    }
  });

  const organisatieUitleg = hoek && driehoek
    ? t('personen.organisatieInHoek', { rol: t(`rol.${rol as RolSoort}`).toLowerCase(), driehoek: driehoek.naam, hoeken: hoek.map((h) => h.naam).join(', ') })
    : t('personen.organisatieUitleg');
  return (
    <FormShell form={form} onSubmit={onSubmit} formError={errors.formError ? <ErrorMessage error={errors.formError} /> : null}>
      <SelectField
        name="rol"
        label={t('rollen.rol')}
        description={rol ? t(`personen.rolUitleg.${rol}`) : t('personen.rolUitleg')}
        options={ROLLEN.map((r) => ({ value: r, label: t(`rol.${r}`) }))}
        required
      />
      {keuze !== 'geen' ? (
        <SelectField
          name="driehoekId"
          label={t('rollen.driehoek')}
          description={keuze === 'verplicht' ? t('personen.driehoekVerplicht') : t('personen.driehoekUitleg')}
          options={driehoeken.map((d) => ({ value: d.id, label: d.naam }))}
          required={keuze === 'verplicht'}
        />
      ) : null}
      {heeftOrganisatie(rol) ? (
        <SelectField
          name="organisatieId"
          label={t('rollen.organisatie')}
          description={organisatieUitleg}
          options={organisatieOptions(organisaties, t('algemeen.inactief').toLowerCase(), (k) => k.isActief && (!toegestaan || toegestaan.has(k.id)))}
          required
        />
      ) : null}
      <TextField name="geldigVan" label={t('rollen.geldigVan')} type="date" size="small" description={t('personen.geldigVanUitleg')} />
      <TextField name="geldigTot" label={t('rollen.geldigTot')} type="date" size="small" description={t('personen.geldigTotUitleg')} />
      <ActionGroup>
        <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('formulier.bezig') : t('personen.rolToekennen')}
        </Button>
        <ButtonLink to={`/personen/${persoon.id}`}>{t('formulier.annuleren')}</ButtonLink>
      </ActionGroup>
    </FormShell>
  );
}
