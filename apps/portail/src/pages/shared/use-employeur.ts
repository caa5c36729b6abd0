import { useQuery } from '@tanstack/react-query';
import { api, ok, OffreView } from '../../api/client';
import { EN_ATTENTE_EMPLOYEUR, MerEmployeur } from '../../api/mer';

/**
 * main.tsx prefetches the home page's data while the page's code loads; without a stale time the
 * page, mounting a moment later, fetched it all again (500 offers twice: half the home page's time,
 * measured by `npm run bench:portail`). Changes invalidate these queries explicitly.
 */
const FRAIS = 30_000;

/** The employer's validated entreprises (none while the attachment awaits a CRE). */
export const entreprisesQuery = {
  queryKey: ['entreprises'],
  queryFn: async () => (await ok(api.GET('/entreprises', {}))).items,
  staleTime: FRAIS,
};

export function useMesEntreprises() {
  return useQuery(entreprisesQuery);
}

const PAGES_KEY = 'portail.pagesOffres';

/**
 * An offer as the home page reads it (its table, sorts, filters and counters): the server puts
 * this into the page it renders rather than the whole offer (500 offers: 478 kB of HTML, 90 kB
 * like this), and the browser's own fetch keeps the same, so both hold the same data.
 */
export type OffreLigne = Pick<
  OffreView,
  'id' | 'titre' | 'statut' | 'createdAt' | 'dateDebut' | 'expireLe'
>;
export const offreLigne = (o: OffreLigne): OffreLigne => ({
  id: o.id,
  titre: o.titre,
  statut: o.statut,
  createdAt: o.createdAt,
  dateDebut: o.dateDebut,
  expireLe: o.expireLe,
});

/** All my offers: pages of 100 (the API's maximum), fetched together. */
export const offresQuery = {
  queryKey: ['offres'],
  queryFn: async (): Promise<OffreLigne[]> => {
    const get = (page: number) =>
      ok(api.GET('/offres', { params: { query: { page, parPage: 100, tri: 'recent' } as never } }));
    // As many pages as last time at once (boot.js started them), then any missing one.
    const known = Math.max(1, Number(localStorage.getItem(PAGES_KEY)) || 1);
    const got = await Promise.all(Array.from({ length: known }, (_, i) => get(i + 1)));
    const pages = Math.max(1, Math.ceil(got[0].total / 100));
    localStorage.setItem(PAGES_KEY, String(pages));
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, pages - known) }, (_, i) => get(known + i + 1)),
    );
    performance.mark('portail:offres-recues'); // read by npm run bench:portail
    return [...got, ...rest].slice(0, pages).flatMap((p) => p.items.map(offreLigne));
  },
  staleTime: FRAIS,
};

export function useMesOffres() {
  return useQuery(offresQuery);
}

/** The candidates transmitted to me, for every entreprise of mine. */
export const candidatsKey = (entrepriseIds: string[]) => ['candidats', entrepriseIds];

export function useMesCandidats(entrepriseIds: string[]) {
  return useQuery({
    queryKey: candidatsKey(entrepriseIds),
    enabled: entrepriseIds.length > 0,
    queryFn: async () => {
      const lists = await Promise.all(
        entrepriseIds.map((id) =>
          ok(api.GET('/entreprises/{id}/mises-en-relation', { params: { path: { id } } })),
        ),
      );
      // An employer gets the employer's view (MerEmployeurView) of the by-role answer.
      return lists.flat() as MerEmployeur[];
    },
    // Rendered by the server, the page is not fetched again at once (answers invalidate it all).
    staleTime: FRAIS,
  });
}

export const attendReponse = (m: MerEmployeur) => EN_ATTENTE_EMPLOYEUR.includes(m.statut);

const SEPT_JOURS = 7 * 86_400_000;
export const expireBientot = (o: OffreLigne, now = Date.now()) =>
  o.statut === 'publiee' && new Date(o.expireLe).getTime() - now < SEPT_JOURS;
