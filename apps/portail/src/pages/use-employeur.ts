import { useQuery } from '@tanstack/react-query';
import { api, ok, OffreView } from '../api/client';
import { EN_ATTENTE_EMPLOYEUR, MerEmployeur } from '../api/mer';

/** GET /entreprises (EntrepriseResumeView: its controller does not declare the page's type). */
type EntreprisesPage = {
  items: { id: string; siret: string; raisonSociale: string }[];
  total: number;
};

/** The employer's validated entreprises (none while the attachment awaits a CRE). */
export function useMesEntreprises() {
  return useQuery({
    queryKey: ['entreprises'],
    queryFn: async () =>
      ((await ok(api.GET('/entreprises', {}))) as unknown as EntreprisesPage).items,
  });
}

/** All my offers: pages of 100 (the API's maximum), fetched together. */
export function useMesOffres() {
  return useQuery({
    queryKey: ['offres'],
    queryFn: async (): Promise<OffreView[]> => {
      const get = (page: number) =>
        ok(
          api.GET('/offres', { params: { query: { page, parPage: 100, tri: 'recent' } as never } }),
        );
      const first = await get(1);
      const pages = Math.ceil(first.total / 100);
      const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => get(i + 2)));
      return [first, ...rest].flatMap((p) => p.items);
    },
  });
}

/** The candidates transmitted to me, for every entreprise of mine. */
export function useMesCandidats(entrepriseIds: string[]) {
  return useQuery({
    queryKey: ['candidats', entrepriseIds],
    enabled: entrepriseIds.length > 0,
    queryFn: async () => {
      const lists = await Promise.all(
        entrepriseIds.map((id) =>
          ok(api.GET('/entreprises/{id}/mises-en-relation', { params: { path: { id } } })),
        ),
      );
      return lists.flat() as unknown as MerEmployeur[];
    },
  });
}

export const attendReponse = (m: MerEmployeur) => EN_ATTENTE_EMPLOYEUR.includes(m.statut);

const SEPT_JOURS = 7 * 86_400_000;
export const expireBientot = (o: OffreView, now = Date.now()) =>
  o.statut === 'publiee' && new Date(o.expireLe).getTime() - now < SEPT_JOURS;
