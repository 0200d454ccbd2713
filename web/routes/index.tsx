import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '../components/Layout.js';
import { RouteError } from './RouteError.js';
import { RequireAuth } from './RequireAuth.js';

// Route-level code splitting: each module's screens are a chunk of their own, loaded when the
// user first goes there, so the first screen's JavaScript stays small (≤ 200 KB gzip).
const LoginPage = lazy(() => import('../features/sessie/LoginPage.js'));
const ToegankelijkheidPage = lazy(() => import('../features/toegankelijkheid/ToegankelijkheidPage.js'));
const NotFoundPage = lazy(() => import('./NotFoundPage.js'));
const StartPage = lazy(() => import('../features/start/StartPage.js'));
const OrganisatieRoutes = lazy(() => import('../features/organisaties/routes.js'));
const DriehoekRoutes = lazy(() => import('../features/driehoeken/routes.js'));
const BeleidsterreinRoutes = lazy(() => import('../features/beleidsterreinen/routes.js'));
const PersoonRoutes = lazy(() => import('../features/personen/routes.js'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/inloggen', element: <LoginPage /> },
      { path: '/toegankelijkheid', element: <ToegankelijkheidPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/', element: <StartPage /> },
          { path: '/organisaties/*', element: <OrganisatieRoutes /> },
          { path: '/driehoeken/*', element: <DriehoekRoutes /> },
          { path: '/beleidsterreinen/*', element: <BeleidsterreinRoutes /> },
          { path: '/personen/*', element: <PersoonRoutes /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
