import { Loader } from '@mantine/core';
import { ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouteObject, useLocation } from 'react-router';
import { Layout } from './layout/layout';
import { useSession } from './session/session';

/** Pages behind the login: anyone else goes to the login page, then back. */
function RequireSession({ children }: { children: ReactNode }) {
  const { data: session, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <Loader aria-label="Chargement" />;
  if (!session) {
    const retour = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/connexion?retour=${retour}`} replace />;
  }
  return children;
}

/** Each page is its own chunk: the first screen loads only what it shows. */
const page = (load: () => Promise<{ default: () => ReactNode }>, session = true): RouteObject => ({
  lazy: async () => {
    const Page = (await load()).default;
    return { element: session ? <RequireSession>{<Page />}</RequireSession> : <Page /> };
  },
});

export const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [
        { path: '/', ...page(() => import('./pages/accueil')) },
        { path: '/connexion', ...page(() => import('./pages/connexion'), false) },
        { path: '/inscription', ...page(() => import('./pages/inscription'), false) },
        { path: '/mot-de-passe/oubli', ...page(() => import('./pages/mot-de-passe-oubli'), false) },
        {
          path: '/mot-de-passe/nouveau',
          ...page(() => import('./pages/mot-de-passe-nouveau'), false),
        },
        { path: '/offres/nouvelle', ...page(() => import('./pages/offre-edition')) },
        { path: '/offres/:id/modifier', ...page(() => import('./pages/offre-edition')) },
        { path: '/offres/:id', ...page(() => import('./pages/offre')) },
        { path: '/entreprise', ...page(() => import('./pages/entreprise')) },
        { path: '/immersions/:id', ...page(() => import('./pages/immersion')) },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/portail' },
);
