import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, Schemas } from '../api/client';
import { ApiProblem } from '../api/problem';

export type Session = Schemas['BrowserSession'];

/** The role of the last session in this browser (a hint for prefetching, never for rights). */
export const ROLE_KEY = 'portail.role';

/** The browser's session (cookie): null when logged out or expired. */
export const sessionQuery = {
  queryKey: ['session'],
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await ok(api.GET('/auth/session'));
      // public/boot.js reads it: the employer's home data is prefetched for employers only.
      localStorage.setItem(ROLE_KEY, session.user.role);
      return session;
    } catch (e) {
      if (e instanceof ApiProblem && e.problem.status === 401) return null;
      throw e;
    }
  },
  staleTime: 60_000,
  retry: false,
};

export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * Another account's data goes at login and logout; the ML's identity and the session query stay
 * (the header keeps observing both without re-rendering on navigation: a removed query would
 * leave it on the old one, showing no menu after a login). The session is then set, not removed.
 */
const clearAccountData = (client: ReturnType<typeof useQueryClient>) =>
  client.removeQueries({
    predicate: (q) => q.queryKey[0] !== 'identite' && q.queryKey[0] !== 'session',
  });

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['LoginDto']) => ok(api.POST('/auth/session', { body })),
    onSuccess: (session) => {
      clearAccountData(client);
      client.setQueryData(['session'], session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.DELETE('/auth/session')),
    onSettled: () => {
      clearAccountData(client);
      client.setQueryData(['session'], null);
    },
  });
}
