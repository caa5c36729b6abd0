import { PortalArea, page } from './route-kit';

const EMPLOYEUR = ['employeur'] as const;

/** The employer's space (issue 13) and the public pages (login, sign-up, password). */
export const employeurArea: PortalArea = {
  routes: [
    {
      path: '/connexion',
      ...page(() => import('../pages/connexion/connexion'), { session: false }),
    },
    {
      path: '/inscription',
      ...page(() => import('../pages/inscription/inscription'), { session: false }),
    },
    {
      path: '/mot-de-passe/oubli',
      ...page(() => import('../pages/mot-de-passe/mot-de-passe-oubli'), { session: false }),
    },
    {
      path: '/mot-de-passe/nouveau',
      ...page(() => import('../pages/mot-de-passe/mot-de-passe-nouveau'), { session: false }),
    },
    { path: '/offres/nouvelle', ...page(() => import('../pages/offre-edition/offre-edition')) },
    { path: '/offres/:id/modifier', ...page(() => import('../pages/offre-edition/offre-edition')) },
    { path: '/offres/:id', ...page(() => import('../pages/offre/offre')) },
    { path: '/entreprise', ...page(() => import('../pages/entreprise/entreprise')) },
    { path: '/immersions/:id', ...page(() => import('../pages/immersions/immersion')) },
  ],
  nav: [
    { to: '/', label: 'Accueil', roles: EMPLOYEUR, end: true },
    { to: '/offres/nouvelle', label: 'Déposer une offre', roles: EMPLOYEUR },
    { to: '/entreprise', label: 'Mon entreprise', roles: EMPLOYEUR },
  ],
};
