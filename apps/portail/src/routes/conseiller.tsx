import { PortalArea, page } from './route-kit';

const CONSEILLER = ['conseiller'] as const;
/** The agreement's pages: conseillers and admins (both may validate). */
const PMSMP = ['conseiller', 'admin'] as const;

/** The conseiller's view (issue 14): paths under /ml/conseiller/. */
export const conseillerArea: PortalArea = {
  routes: [
    {
      path: '/ml/conseiller',
      ...page(() => import('../pages/ml-conseiller/accueil-conseiller'), { roles: CONSEILLER }),
    },
    {
      path: '/ml/conseiller/pmsmp/nouvelle',
      ...page(() => import('../pages/ml-pmsmp/convention-nouvelle'), { roles: PMSMP }),
    },
    {
      path: '/ml/conseiller/pmsmp/:id',
      ...page(() => import('../pages/ml-pmsmp/convention-detail'), { roles: PMSMP }),
    },
  ],
  nav: [
    { to: '/ml/conseiller', label: 'Mes jeunes', roles: CONSEILLER, end: true },
    { to: '/ml/conseiller/pmsmp/nouvelle', label: 'Nouvelle immersion', roles: CONSEILLER },
  ],
};
