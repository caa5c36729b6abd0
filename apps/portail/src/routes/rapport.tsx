import { PortalArea, page } from './route-kit';

const RAPPORT = ['admin', 'cre'] as const;
const RESEAU = ['admin', 'operateur'] as const;

/** The yearly report (issue 15): paths under /ml/rapport. */
export const rapportArea: PortalArea = {
  routes: [
    {
      path: '/ml/rapport',
      ...page(() => import('../pages/ml-rapport/rapport-page'), { roles: RAPPORT }),
    },
    {
      path: '/ml/rapport/reseau',
      ...page(() => import('../pages/ml-rapport/reseau-page'), { roles: RESEAU }),
    },
  ],
  nav: [
    { to: '/ml/rapport', label: 'Rapport d’activité', roles: RAPPORT, end: true },
    { to: '/ml/rapport/reseau', label: 'Réseau', roles: ['operateur'] },
  ],
};
