import './mantine-styles';
import './styles.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiProblem } from './api/problem';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app';
import { IdentiteProvider } from './identity/identity';
import { entreprisesQuery, offresQuery } from './pages/shared/use-employeur';
import { sessionQuery } from './session/session';

/**
 * An expired session (401 on any call but the login's own) sends back to the login page: the
 * session becomes null and the pages behind it redirect, with the way back.
 */
const onError = (error: unknown) => {
  if (error instanceof ApiProblem && error.problem.code === 'UNAUTHENTICATED')
    queryClient.setQueryData(['session'], null);
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      retry: (count, error) =>
        !(error instanceof ApiProblem && error.problem.status! < 500) && count < 1,
      refetchOnWindowFocus: false,
    },
  },
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
