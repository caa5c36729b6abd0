import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api/problem';

/**
 * The portal's query client, the same for the browser and the server's render of the home page
 * (entry-server.tsx): same defaults, so the hydrated page behaves as one rendered in the browser.
 */
export function createQueryClient(onError?: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (count, error) =>
          !(error instanceof ApiProblem && error.problem.status! < 500) && count < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
