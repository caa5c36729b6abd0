import { Alert, Loader } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { ReactNode } from 'react';
import { Navigate, RouteObject, useLocation } from 'react-router';
import { Schemas } from '../api/client';
import { useSession } from '../session/session';

export type Role = Schemas['UserView']['role'];

/** One entry of the main menu, shown to the roles given. */
export interface NavEntry {
  to: string;
  label: string;
  roles: readonly Role[];
  /** The entry is active on its exact path only (a home page). */
  end?: boolean;
  /** The page's first data, asked for at the click (while its code and first render run). */
  prefetch?: (client: QueryClient) => void;
}

/** Each area of the portal (employer, CRE, conseiller, administration, report) declares these. */
export interface PortalArea {
  routes: RouteObject[];
  nav: NavEntry[];
}

export const STAFF: readonly Role[] = ['admin', 'cre', 'conseiller'];

/** Pages behind the login: anyone else goes to the login page, then back; a wrong role is told so. */
function RequireSession({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { data: session, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <Loader aria-label="Chargement" />;
  if (!session) {
    const retour = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/connexion?retour=${retour}`} replace />;
  }
  if (roles && !roles.includes(session.user.role))
    return (
      <Alert color="yellow" title="Page réservée" role="alert">
        Cette page n’est pas accessible avec votre compte. Revenez à l’accueil.
      </Alert>
    );
  return children;
}

export interface PageOptions {
  /** false: a public page (login, sign-up…). Default: behind the login. */
  session?: boolean;
  /** The roles allowed (default: any logged-in user). */
  roles?: readonly Role[];
}

/** Each page is its own chunk: the first screen loads only what it shows. */
export const page = (
  load: () => Promise<{ default: () => ReactNode }>,
  { session = true, roles }: PageOptions = {},
): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => {
    const Page = (await load()).default;
    return {
      element: session ? <RequireSession roles={roles}>{<Page />}</RequireSession> : <Page />,
    };
  },
});
