import { queryOptions, usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { api, ok, Schemas } from '../../api/client';
import { MerCre } from '../../api/mer-cre';

/** Lines per page: a screen of work, light to draw (bench/portail-tri.ts; public/boot.js too). */
export const PAR_PAGE = 50;

export type FileTri = Omit<Schemas['FileTriView'], 'items'> & { items: MerCre[] };

/** The queue's page and offer, from the URL (`?offre=…&page=…`): a link shows the same page. */
export function useFileTriParams() {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const offre = params.get('offre') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  // Stable while the URL stays: the data arriving does not draw the controls using it again.
  const aller = useCallback(
    (next: { offre?: string; page?: number }) => {
      const o = next.offre ?? offre;
      const p = next.page ?? (next.offre !== undefined ? 1 : page);
      const q: Record<string, string> = {};
      if (o) q.offre = o;
      if (p > 1) q.page = String(p);
      // The page's data is asked for at the click, while the page changes (not after it is drawn).
      void client.prefetchQuery(fileTri(p, o));
      setParams(q, { replace: next.offre !== undefined });
    },
    [client, offre, page, setParams],
  );
  return { offre, page, aller };
}

export const cleFile = (page: number, offre: string) => ['mer', 'a-examiner', { page, offre }];

/**
 * One page of the queue. The query's order (page, parPage, offreId) is the one boot.js uses
 * for its prefetch: the same URL, so the page takes the response already on its way.
 */
export const fileTri = (page: number, offre: string) =>
  queryOptions({
    queryKey: cleFile(page, offre),
    queryFn: async () =>
      (await ok(
        api.GET('/mises-en-relation/a-examiner', {
          params: { query: { page, parPage: PAR_PAGE, offreId: offre || undefined } },
        }),
      )) as unknown as FileTri,
  });

export function useFileTri(page: number, offre: string) {
  // Arriving from the menu, the fetch starts as the page renders, not once it has been drawn
  // (useQuery's own fetch waits for the commit); useQuery then takes the same request.
  usePrefetchQuery(fileTri(page, offre));
  return useQuery({ ...fileTri(page, offre), placeholderData: (previous) => previous });
}

/**
 * Lines done leave the cached page at once, with the counters (no refetch of the whole queue);
 * then only this page is read again, for the lines that move up from the next one. Resolves once
 * they are there. Other MER lists are marked stale, read again when shown.
 */
export function useRetirer() {
  const client = useQueryClient();
  return async (cle: unknown[], ids: string[]) => {
    const partis = new Set(ids);
    client.setQueryData<FileTri>(cle, (f) => {
      if (!f) return f;
      const sortis = f.items.filter((m) => partis.has(m.id));
      const parOffre = new Map<string, number>();
      for (const m of sortis) parOffre.set(m.offreId, (parOffre.get(m.offreId) ?? 0) + 1);
      return {
        ...f,
        items: f.items.filter((m) => !partis.has(m.id)),
        total: f.total - sortis.length,
        toutes: f.toutes - sortis.length,
        parOffre: f.parOffre
          .map((o) => ({ ...o, n: o.n - (parOffre.get(o.offreId) ?? 0) }))
          .filter((o) => o.n > 0),
      };
    });
    await client.invalidateQueries({ queryKey: ['mer'], refetchType: 'none' });
    await client.refetchQueries({ queryKey: cle, exact: true });
  };
}
