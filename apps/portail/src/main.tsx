import './mantine-styles';
import './styles.css';
import { hydrate, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api/problem';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { BASENAME, loadLazyRoutes, routes } from './app';
import { structureCode } from './identity/identity';
import { entreprisesQuery, offresQuery } from './pages/shared/use-employeur';
import { PortailRoot } from './portail-root';
import { createQueryClient } from './query-client';
import { sessionQuery } from './session/session';

/**
 * An expired session (401 on any call but the login's own) sends back to the login page: the
 * session becomes null and the pages behind it redirect, with the way back.
 */
const queryClient: QueryClient = createQueryClient((error: unknown) => {
  if (error instanceof ApiProblem && error.problem.code === 'UNAUTHENTICATED')
    queryClient.setQueryData(['session'], null);
});

const root = document.getElementById('root')!;
const app = () => (
  <PortailRoot client={queryClient} router={createBrowserRouter(routes, { basename: BASENAME })} />
);

// The employer's home rendered by the server (apps/api/src/portail): its data is in the page.
const etat = document.getElementById('portail-etat');
if (etat) hydrate(queryClient, JSON.parse(etat.textContent!));

// Hydrated only if the server rendered what this browser would (the same ML's identity).
if (etat && queryClient.getQueryData(['identite', structureCode()]) !== undefined) {
  void loadLazyRoutes(window.location.pathname).then(() => hydrateRoot(root, app()));
} else {
  // The home page's data is asked for while the page's code loads (not after, in a waterfall).
  void queryClient.prefetchQuery(sessionQuery);
  if (/^\/portail\/?$/.test(window.location.pathname)) {
    void queryClient.prefetchQuery(entreprisesQuery);
    void queryClient.prefetchQuery(offresQuery);
  }
  createRoot(root).render(app());
}
