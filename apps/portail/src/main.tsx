import '@mantine/core/styles.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app';
import { IdentiteProvider } from './identity/identity';
import { entreprisesQuery, offresQuery } from './pages/use-employeur';
import { sessionQuery } from './session/session';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// The home page's data is asked for while the page's code loads (not after, in a waterfall).
void queryClient.prefetchQuery(sessionQuery);
if (/^\/portail\/?$/.test(window.location.pathname)) {
  void queryClient.prefetchQuery(entreprisesQuery);
  void queryClient.prefetchQuery(offresQuery);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <IdentiteProvider>
        <RouterProvider router={router} />
      </IdentiteProvider>
    </QueryClientProvider>
  </StrictMode>,
);
