import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginSchema } from '../../../common/api/sessies.js';
import { TextField } from '../../components/form/fields.js';
import { FormShell } from '../../components/form/FormShell.js';
import { useSaveErrors, useZodForm } from '../../components/form/useApiForm.js';
import { Page } from '../../components/Page.js';
import { ErrorMessage } from '../../components/Status.js';
import { Alert, Button, ExternalLink, Heading, Paragraph } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';
import { ApiError } from '../../lib/api.js';
import { safeReturnPath, useInstellingen, useLogin, useSessie } from '../../lib/sessie.js';

interface LoginValues {
  email: string;
  wachtwoord: string;
}

export default function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const terugNaar = safeReturnPath(params.get('terugNaar'));
  const sessie = useSessie();
  const instellingen = useInstellingen().data;
  const login = useLogin();
  const form = useZodForm<LoginValues, typeof loginSchema>(loginSchema, {
    defaultValues: { email: '', wachtwoord: '' },
    prepare: (v) => ({ email: v.email.trim(), wachtwoord: v.wachtwoord }),
  });
  const errors = useSaveErrors(form);

  if (sessie.data && !login.isPending) return <Navigate to={terugNaar} replace />;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await login.mutateAsync(values);
      navigate(terugNaar, { replace: true });
    } catch (error) {
      // A wrong password is about the pair, not one field: say it at the top.
      if (error instanceof ApiError && error.status === 401) errors.setFormError(error);
      else errors.handle(error);
    }
  });

  const ssoFout = params.get('fout');
  return (
    <Page title={t('login.titel')}>
      <div className="dh-narrow">
        {params.get('verlopen') ? <Alert type="warning" live="polite">{t('login.verlopen')}</Alert> : null}
        {params.get('uitgelogd') ? <Alert type="ok" live="polite">{t('login.uitgelogd')}</Alert> : null}
        {ssoFout ? <Alert type="error" live="polite">{t('login.ssoFout', { code: ssoFout })}</Alert> : null}
        <Paragraph>{t('login.intro')}</Paragraph>
        <FormShell
          form={form}
          onSubmit={onSubmit}
          formError={errors.formError ? <LoginError error={errors.formError} /> : null}
        >
          <TextField name="email" label={t('login.email')} type="email" autoComplete="username" required />
          <TextField name="wachtwoord" label={t('login.wachtwoord')} type="password" autoComplete="current-password" required />
          <Button type="submit" appearance="primary-action" busy={login.isPending} disabled={login.isPending}>
            {login.isPending ? t('login.bezig') : t('login.knop')}
          </Button>
        </FormShell>
        {instellingen?.oidc ? (
          <section className="dh-section" aria-labelledby="sso-kop">
            <Heading level={2} id="sso-kop">{t('login.sso')}</Heading>
            <Paragraph>{t('login.ssoIntro')}</Paragraph>
            {/* A full page load: the server redirects to the identity provider. */}
            <ExternalLink className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/api/v1/sessies/oidc?terugNaar=${encodeURIComponent(terugNaar)}`}>
              {t('login.sso')}
            </ExternalLink>
          </section>
        ) : null}
      </div>
    </Page>
  );
}

function LoginError({ error }: { error: unknown }) {
  const t = useT();
  if (error instanceof ApiError) {
    return (
      <Alert type="error" live="assertive">
        <Paragraph><strong>{t('login.mislukt')}</strong></Paragraph>
        <Paragraph>{error.problem.detail}</Paragraph>
      </Alert>
    );
  }
  return <ErrorMessage error={error} />;
}
