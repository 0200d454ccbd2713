import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../routes/NotFoundPage.js';

const OrganisatiesPage = lazy(() => import('./OrganisatiesPage.js'));
const OrganisatieBoomPage = lazy(() => import('./OrganisatieBoomPage.js'));
const OrganisatieDetailPage = lazy(() => import('./OrganisatieDetailPage.js'));
const OrganisatieFormPage = lazy(() => import('./OrganisatieFormPage.js'));

export default function OrganisatieRoutes() {
  return (
    <Routes>
      <Route index element={<OrganisatiesPage />} />
      <Route path="boom" element={<OrganisatieBoomPage />} />
      <Route path="nieuw" element={<OrganisatieFormPage />} />
      <Route path=":id" element={<OrganisatieDetailPage />} />
      <Route path=":id/bewerken" element={<OrganisatieFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
