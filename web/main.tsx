import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { I18nProvider } from './i18n/index.js';
import { ApiError } from './lib/api.js';
import { AnnounceProvider } from './lib/announce.js';
import { createRouter } from './routes/index.js';
import { THEME_CLASS } from './theme/index.js';

document.documentElement.classList.add(THEME_CLASS);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a network hiccup might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AnnounceProvider>
          <RouterProvider router={router} />
        </AnnounceProvider>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
