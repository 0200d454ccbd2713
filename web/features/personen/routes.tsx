import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Page } from '../../components/Page.js';
import { Alert, Link, Paragraph } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';
import { useSessie } from '../../lib/sessie.js';
import NotFoundPage from '../../routes/NotFoundPage.js';

const PersonenPage = lazy(() => import('./PersonenPage.js'));
const PersoonFormPage = lazy(() => import('./PersoonFormPage.js'));
const PersoonDetailPage = lazy(() => import('./PersoonDetailPage.js'));
const RolFormPage = lazy(() => import('./RolFormPage.js'));
const RolBeeindigenPage = lazy(() => import('./RolBeeindigenPage.js'));

/** Personen en rollen is for the beheerder; others get a plain refusal, not a broken screen. */
export default function PersoonRoutes() {
  const t = useT();
  const sessie = useSessie().data;
  if (!sessie?.isBeheerder) {
    return (
      <Page title={t('personen.geenToegang')}>
        <Alert type="info"><Paragraph>{t('personen.geenToegangUitleg')}</Paragraph></Alert>
        <Paragraph><Link to="/">{t('app.naarStart')}</Link></Paragraph>
      </Page>
    );
  }
  return (
    <Routes>
      <Route index element={<PersonenPage />} />
      <Route path="nieuw" element={<PersoonFormPage />} />
      <Route path=":id" element={<PersoonDetailPage />} />
      <Route path=":id/bewerken" element={<PersoonFormPage />} />
      <Route path=":id/rollen/nieuw" element={<RolFormPage />} />
      <Route path=":id/rollen/:rolId/beeindigen" element={<RolBeeindigenPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
