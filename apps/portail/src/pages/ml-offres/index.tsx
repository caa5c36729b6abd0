import { Alert } from '@mantine/core';
import {
  keepPreviousData,
  usePrefetchQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { memo, useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import l from '../shared/liste.module.css';
import { lireFiltres, OffresFiltres, versParams } from './filtres';
import { OffresFiltresForm } from './offres-filtres';
import { OffresListe } from './offres-liste';
import { offresPage, PAR_PAGE } from './offres-query';

/**
 * Every offer of the structure: filters in the URL, server-side pages, exports. Plain elements
 * around the list (shared/liste.module.css): the page mounts from the menu at each visit.
 */
export default function MlOffres() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The filters, the form and the exports stay the same objects while only the data changes:
  // its arrival renders the counter, the rows and the pages, not the form's fields again.
  const f = useMemo(() => lireFiltres(params), [params]);
  const page = f.page ?? 1;
  // Arriving from the menu, the fetch starts as the page renders, not once it has been drawn
  // (useQuery's own fetch waits for the commit); useQuery then takes the same request.
  usePrefetchQuery(offresPage(f));
  const liste = useQuery({ ...offresPage(f), placeholderData: keepPreviousData });
  // Stable (the URL read when called): a change redraws only the fields whose value changed.
  const go = useCallback(
    (next: OffresFiltres) => {
      // A filter or a page: its data is asked for at the click, while the page changes.
      void client.prefetchQuery(offresPage(next));
      navigate(`?${versParams(next).toString()}`);
    },
    [client, navigate],
  );
  const filtrer = useCallback(
    (patch: Partial<OffresFiltres>) =>
      go({
        ...lireFiltres(new URLSearchParams(window.location.search)),
        ...patch,
        page: undefined,
      }),
    [go],
  );
  const effacer = useCallback(() => go({}), [go]);
  const pages = Math.max(1, Math.ceil((liste.data?.total ?? 0) / PAR_PAGE));
  const err = liste.error instanceof ApiProblem ? liste.error.problem.detail : null;
  return (
    <>
      <h1 className={l.titre}>Offres</h1>
      <OffresFiltresForm f={f} pret={!liste.isPending} onChange={filtrer} onEffacer={effacer} />
      <div className={l.entete}>
        <p role="status" aria-live="polite">
          {liste.data
            ? `${liste.data.total} offre${liste.data.total > 1 ? 's' : ''}${pages > 1 ? ` · page ${liste.data.page} sur ${pages}` : ''}`
            : 'Chargement…'}
        </p>
        <Exports f={f} />
      </div>
      {err && (
        <Alert color="red" role="alert" mb="md">
          {err}
        </Alert>
      )}
      {/* Loading: said by the status above (no spinner to mount, animate and unmount). */}
      {liste.data && <OffresListe offres={liste.data.items} />}
      {pages > 1 && (
        <nav aria-label="Pages de la liste" className={l.pages}>
          <button
            type="button"
            className={l.neutre}
            disabled={page <= 1}
            onClick={() => go({ ...f, page: page - 1 })}
          >
            Page précédente
          </button>
          <button
            type="button"
            className={l.neutre}
            disabled={page >= pages}
            onClick={() => go({ ...f, page: page + 1 })}
          >
            Page suivante
          </button>
        </nav>
      )}
    </>
  );
}

/** The exports of the offers the filters select (all pages). */
const Exports = memo(function Exports({ f }: { f: OffresFiltres }) {
  const url = (format: 'csv' | 'xlsx') =>
    `/offres/export?${versParams({ ...f, page: undefined, format } as OffresFiltres).toString()}`;
  return (
    <div className={l.groupe}>
      <a href={url('csv')} download className={l.contour}>
        Exporter en CSV
      </a>
      <a href={url('xlsx')} download className={l.contour}>
        Exporter en XLSX
      </a>
    </div>
  );
});
