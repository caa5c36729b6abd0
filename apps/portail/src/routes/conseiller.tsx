import { PortalArea, page } from './route-kit';

const CONSEILLER = ['conseiller'] as const;
/** The agreement's pages: conseillers and admins (both may validate). */
const PMSMP = ['conseiller', 'admin'] as const;
/** Reading agreements (list and detail): the CRE too, who follows them without validating. */
const PMSMP_LECTURE = ['conseiller', 'cre', 'admin'] as const;

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
      ...page(() => import('../pages/ml-pmsmp/convention-detail'), { roles: PMSMP_LECTURE }),
    },
    {
      path: '/ml/immersions',
      ...page(() => import('../pages/ml-immersions'), { roles: PMSMP_LECTURE }),
    },
  ],
  nav: [
    { to: '/ml/conseiller', label: 'Mes jeunes', roles: CONSEILLER, end: true },
    { to: '/ml/conseiller/pmsmp/nouvelle', label: 'Nouvelle immersion', roles: CONSEILLER },
    { to: '/ml/immersions', label: 'Immersions', roles: PMSMP_LECTURE },
  ],
};
