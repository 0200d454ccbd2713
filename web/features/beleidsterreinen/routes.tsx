import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../routes/NotFoundPage.js';

const BeleidsterreinenPage = lazy(() => import('./BeleidsterreinenPage.js'));
const BeleidsterreinBoomPage = lazy(() => import('./BeleidsterreinBoomPage.js'));
const BeleidsterreinDetailPage = lazy(() => import('./BeleidsterreinDetailPage.js'));
const BeleidsterreinFormPage = lazy(() => import('./BeleidsterreinFormPage.js'));
const ToewijzingPage = lazy(() => import('./ToewijzingPage.js'));

export default function BeleidsterreinRoutes() {
  return (
    <Routes>
      <Route index element={<BeleidsterreinenPage />} />
      <Route path="boom" element={<BeleidsterreinBoomPage />} />
      <Route path="nieuw" element={<BeleidsterreinFormPage />} />
      <Route path=":id" element={<BeleidsterreinDetailPage />} />
      <Route path=":id/bewerken" element={<BeleidsterreinFormPage />} />
      <Route path=":id/toewijzing" element={<ToewijzingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
