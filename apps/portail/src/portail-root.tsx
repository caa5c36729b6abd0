import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { DataRouter, RouterProvider } from 'react-router';
import { IdentiteProvider } from './identity/identity';

/**
 * The portal's tree, one definition for the browser (main.tsx) and the server's render of the
 * home page (entry-server.tsx): hydration needs the very same tree on both sides. `code`: the
 * structure's code, given by the server only.
 */
export function PortailRoot(p: { client: QueryClient; router: DataRouter; code?: string | null }) {
  // After the first commit (the hydration of a page rendered by the server): read by the bench.
  useEffect(() => {
    if (performance.getEntriesByName('portail:interactif').length === 0)
      performance.mark('portail:interactif');
  }, []);
  return (
    <StrictMode>
      <QueryClientProvider client={p.client}>
        <IdentiteProvider code={p.code}>
          <RouterProvider router={p.router} />
        </IdentiteProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
