import { page, PortalArea } from './route-kit';

/** The CRE's workspace (issue 14): paths under /ml/. */
export const creArea: PortalArea = {
  routes: [
    // Screening and introductions (14b).
    {
      path: '/ml/tri',
      ...page(() => import('../pages/ml-tri/ml-tri'), { roles: ['cre', 'admin'] }),
    },
    {
      path: '/ml/mises-en-relation',
      ...page(() => import('../pages/ml-mer/ml-mer-liste'), { roles: ['cre', 'admin'] }),
    },
    {
      path: '/ml/mises-en-relation/:id',
      ...page(() => import('../pages/ml-mer/ml-mer-detail'), { roles: ['cre', 'admin'] }),
    },
  ],
  nav: [
    // Screening and introductions (14b).
    { to: '/ml/tri', label: 'Tri des propositions', roles: ['cre', 'admin'] },
    { to: '/ml/mises-en-relation', label: 'Mises en relation', roles: ['cre', 'admin'] },
  ],
};
