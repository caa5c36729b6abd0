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
import { ROLE_KEY, sessionQuery } from './session/session';

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

/** The page drawn here: the home page's data is asked for while its code loads (no waterfall). */
function render() {
  void queryClient.prefetchQuery(sessionQuery);
  // Staff landing here go on to their own home: no employer's data for them (all the ML's offers).
  if (
    /^\/portail\/?$/.test(window.location.pathname) &&
    localStorage.getItem(ROLE_KEY) === 'employeur'
  ) {
    void queryClient.prefetchQuery(entreprisesQuery);
    void queryClient.prefetchQuery(offresQuery);
  }
  createRoot(root).render(app());
}

/**
 * The employer's home rendered by the server (apps/api/src/portail): its data is in the page.
 * Hydrated only if the server rendered what this browser would (the same ML's identity).
 */
function hydrateServerPage(etat: HTMLElement) {
  hydrate(queryClient, JSON.parse(etat.textContent!));
  if (queryClient.getQueryData(['identite', structureCode()]) === undefined) return render();
  void loadLazyRoutes(window.location.pathname).then(() => hydrateRoot(root, app()));
}

// Rendered by the server, this code is started by public/boot.js once its markup is painted.
const etat = document.getElementById('portail-etat');
if (etat) hydrateServerPage(etat);
else render();
