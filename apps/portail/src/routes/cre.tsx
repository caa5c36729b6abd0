import { offresPage } from '../pages/ml-offres/offres-query';
import { fileTri } from '../pages/ml-tri/use-file-tri';
import { NavEntry, page, PortalArea, Role } from './route-kit';

// --- 14a: home, offers, entreprises, jeunes (the CRE; an admin of the structure sees the same) ---
const CRE: readonly Role[] = ['cre', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const routes14a = [
  { path: '/ml/a-traiter', ...page(() => import('../pages/ml-a-traiter'), { roles: CRE }) },
  { path: '/ml/offres', ...page(() => import('../pages/ml-offres'), { roles: CRE }) },
  { path: '/ml/offres/:id', ...page(() => import('../pages/ml-offres/detail'), { roles: CRE }) },
  {
    path: '/ml/offres/:id/modifier',
    ...page(() => import('../pages/ml-offres/edition'), { roles: CRE }),
  },
  { path: '/ml/entreprises', ...page(() => import('../pages/ml-entreprises'), { roles: CRE }) },
  {
    path: '/ml/entreprises/:id',
    ...page(() => import('../pages/ml-entreprises/detail'), { roles: CRE }),
  },
  { path: '/ml/jeunes', ...page(() => import('../pages/ml-jeunes'), { roles: CRE }) },
  // The import is the administrator's (POST /jeunes/import is admin-only: see the security issue).
  {
    path: '/ml/jeunes/import',
    ...page(() => import('../pages/ml-jeunes/import'), { roles: ADMIN }),
  },
  { path: '/ml/jeunes/:id', ...page(() => import('../pages/ml-jeunes/detail'), { roles: CRE }) },
];
const nav14a: NavEntry[] = [
  { to: '/ml/a-traiter', label: 'À traiter', roles: CRE },
  {
    to: '/ml/offres',
    label: 'Offres',
    roles: CRE,
    prefetch: (c) => void c.prefetchQuery(offresPage({})),
  },
  { to: '/ml/entreprises', label: 'Entreprises', roles: CRE },
  { to: '/ml/jeunes', label: 'Jeunes', roles: CRE },
];
// --- end 14a ---

// --- 14b: screening and introductions ---
const routes14b = [
  { path: '/ml/tri', ...page(() => import('../pages/ml-tri/ml-tri'), { roles: CRE }) },
  {
    path: '/ml/mises-en-relation',
    ...page(() => import('../pages/ml-mer/ml-mer-liste'), { roles: CRE }),
  },
  {
    path: '/ml/mises-en-relation/:id',
    ...page(() => import('../pages/ml-mer/ml-mer-detail'), { roles: CRE }),
  },
];
const nav14b: NavEntry[] = [
  {
    to: '/ml/tri',
    label: 'Tri des propositions',
    roles: CRE,
    prefetch: (c) => void c.prefetchQuery(fileTri(1, '')),
  },
  { to: '/ml/mises-en-relation', label: 'Mises en relation', roles: CRE },
];
// --- end 14b ---

/** The CRE's workspace (issue 14): paths under /ml/. */
export const creArea: PortalArea = {
  routes: [...routes14a, ...routes14b],
  nav: [...nav14a, ...nav14b],
};
