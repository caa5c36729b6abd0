import { dehydrate, DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import type { MerEmployeur } from './api/mer';
import { BASENAME, loadLazyRoutes, routes } from './app';
import type { Identite } from './identity/identity';
import {
  candidatsKey,
  entreprisesQuery,
  offreLigne,
  OffreLigne,
  offresQuery,
} from './pages/shared/use-employeur';
import { PortailRoot } from './portail-root';
import { createQueryClient } from './query-client';
import { Session, sessionQuery } from './session/session';

/** The home page's data, as its API calls answer it (GET /auth/session, /portail-identite…). */
export interface HomeData {
  /** The page's URL under /portail (path and query). */
  url: string;
  /** `?ml=` of the URL: the identity's query key. */
  ml?: string;
  session: Session;
  identite: Identite;
  entreprises: { id: string }[];
  offres: OffreLigne[];
  /** The candidates of every entreprise, in the order of `entreprises`. */
  candidats: MerEmployeur[];
}

/**
 * The employer's home rendered by the API (apps/api/src/portail/portail-ssr.service.ts), built by
 * `vite build --ssr`: the same tree as main.tsx, its queries filled under the keys the page
 * uses, so the browser hydrates it without fetching anything again. `state` goes into the page.
 */
export async function renderHome(d: HomeData): Promise<{ html: string; state: DehydratedState }> {
  const client = createQueryClient();
  client.setQueryData(sessionQuery.queryKey, d.session);
  client.setQueryData(['identite', d.ml], d.identite);
  client.setQueryData(entreprisesQuery.queryKey, d.entreprises);
  // Only what the page reads of each offer goes into the page's state (as the browser's fetch).
  client.setQueryData(offresQuery.queryKey, d.offres.map(offreLigne));
  const ids = d.entreprises.map((e) => e.id);
  if (ids.length > 0) client.setQueryData(candidatsKey(ids), d.candidats);
  const pathname = new URL(d.url, 'http://localhost').pathname;
  await loadLazyRoutes(pathname);
  const router = createMemoryRouter(routes, { basename: BASENAME, initialEntries: [d.url] });
  const html = renderToString(<PortailRoot client={client} router={router} code={d.ml ?? null} />);
  return { html, state: dehydrate(client) };
}
