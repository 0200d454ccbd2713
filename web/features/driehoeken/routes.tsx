import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../routes/NotFoundPage.js';

const DriehoekenPage = lazy(() => import('./DriehoekenPage.js'));
const DriehoekDetailPage = lazy(() => import('./DriehoekDetailPage.js'));
const DriehoekFormPage = lazy(() => import('./DriehoekFormPage.js'));

export default function DriehoekRoutes() {
  return (
    <Routes>
      <Route index element={<DriehoekenPage />} />
      <Route path="nieuw" element={<DriehoekFormPage />} />
      <Route path=":id" element={<DriehoekDetailPage />} />
      <Route path=":id/bewerken" element={<DriehoekFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
