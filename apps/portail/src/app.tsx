import { matchRoutes, Navigate, RouteObject } from 'react-router';
import { Layout } from './layout/layout';
import { AREAS } from './routes/areas';
import { page } from './routes/route-kit';

export const BASENAME = '/portail';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // `/` is the employer's home; staff are sent on to theirs (routes/homes.ts).
      { path: '/', ...page(() => import('./pages/accueil/accueil')) },
      ...AREAS.flatMap((area) => area.routes),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];

/**
 * Loads the lazy routes matching `pathname` into the route objects, before a router is made: a
 * page rendered by the server is hydrated with the same tree (react-router's pattern for lazy
 * routes and hydration), with no loading state in between.
 */
export async function loadLazyRoutes(pathname: string): Promise<void> {
  const lazy = (matchRoutes(routes, pathname, BASENAME) ?? []).filter((m) => m.route.lazy);
  await Promise.all(
    lazy.map(async ({ route }) => {
      const load = route.lazy as () => Promise<Partial<RouteObject>>;
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}
