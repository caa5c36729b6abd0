import { queryOptions } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { OffresFiltres } from './filtres';

/** Lines per page (bench/portail-offres.ts reads the same). */
export const PAR_PAGE = 50;

/**
 * A page of the list for these filters. Its own small module: the menu asks for the first page
 * at the click (routes/cre.tsx), without the page's code.
 */
export const offresPage = (f: OffresFiltres) => {
  const { page = 1, ...filtres } = f;
  const query = { ...filtres, page, parPage: PAR_PAGE };
  return queryOptions({
    queryKey: ['ml-offres', query],
    queryFn: () => ok(api.GET('/offres', { params: { query: query as never } })),
  });
};
