import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './layout/layout';
import { AREAS } from './routes/areas';
import { page } from './routes/route-kit';

export const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [
        // `/` is the employer's home; staff are sent on to theirs (routes/homes.ts).
        { path: '/', ...page(() => import('./pages/accueil/accueil')) },
        ...AREAS.flatMap((area) => area.routes),
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/portail' },
);
