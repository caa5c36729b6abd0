import { api, ok } from '../../api/client';

/** The conseiller's own jeunes by name (home page and the PMSMP form share this cache entry). */
export const mesJeunesQuery = {
  queryKey: ['jeunes', 'moi'],
  queryFn: () =>
    ok(
      api.GET('/jeunes', {
        params: { query: { conseillerId: 'moi', parPage: 100, tri: 'nom' } },
      }),
    ),
};
