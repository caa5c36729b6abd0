import { PortalArea, page } from './route-kit';

const ADMIN = ['admin'] as const;

/** The administration of a structure (issue 14): paths under /ml/admin/. */
export const adminArea: PortalArea = {
  routes: [
    { path: '/ml/admin', ...page(() => import('../pages/ml-admin/equipe'), { roles: ADMIN }) },
    {
      path: '/ml/admin/matching',
      ...page(() => import('../pages/ml-admin/reglages'), { roles: ADMIN }),
    },
    {
      path: '/ml/admin/messages',
      ...page(() => import('../pages/ml-admin/messages'), { roles: ADMIN }),
    },
    {
      path: '/ml/admin/identite',
      ...page(() => import('../pages/ml-admin/identite'), { roles: ADMIN }),
    },
  ],
  nav: [
    { to: '/ml/admin', label: 'Équipe', roles: ADMIN, end: true },
    { to: '/ml/admin/matching', label: 'Matching', roles: ADMIN },
    { to: '/ml/admin/messages', label: 'Messages', roles: ADMIN },
    { to: '/ml/admin/identite', label: 'Identité', roles: ADMIN },
  ],
};
