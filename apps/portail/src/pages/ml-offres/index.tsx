import { Alert, Button, Group, Loader, Text, Title } from '@mantine/core';
import {
  keepPreviousData,
  usePrefetchQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { memo, useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { lireFiltres, OffresFiltres, versParams } from './filtres';
import { OffresFiltresForm } from './offres-filtres';
import { OffresListe } from './offres-liste';
import { offresPage, PAR_PAGE } from './offres-query';

/** Every offer of the structure: filters in the URL, server-side pages, exports. */
export default function MlOffres() {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  // The filters, the form and the exports stay the same objects while only the data changes:
  // its arrival renders the counter, the rows and the pages, not the form's fields again.
  const f = useMemo(() => lireFiltres(params), [params]);
  const page = f.page ?? 1;
  // Arriving from the menu, the fetch starts as the page renders, not once it has been drawn
  // (useQuery's own fetch waits for the commit); useQuery then takes the same request.
  usePrefetchQuery(offresPage(f));
  const liste = useQuery({ ...offresPage(f), placeholderData: keepPreviousData });
  const go = useCallback(
    (next: OffresFiltres) => {
      // A filter or a page: its data is asked for at the click, while the page changes.
      void client.prefetchQuery(offresPage(next));
      setParams(versParams(next));
    },
    [client, setParams],
  );
  const pages = Math.max(1, Math.ceil((liste.data?.total ?? 0) / PAR_PAGE));
  const err = liste.error instanceof ApiProblem ? liste.error.problem.detail : null;
  return (
    <>
      <Title order={1} mb="md">
        Offres
      </Title>
      <OffresFiltresForm f={f} onChange={go} />
      <Group justify="space-between" my="md" wrap="wrap">
        <Text role="status" aria-live="polite">
          {liste.data
            ? `${liste.data.total} offre${liste.data.total > 1 ? 's' : ''}${pages > 1 ? ` · page ${liste.data.page} sur ${pages}` : ''}`
            : 'Chargement…'}
        </Text>
        <Exports f={f} />
      </Group>
      {err && (
        <Alert color="red" role="alert" mb="md">
          {err}
        </Alert>
      )}
      {liste.isPending ? (
        <Loader aria-label="Chargement des offres" />
      ) : (
        liste.data && <OffresListe offres={liste.data.items} />
      )}
      {pages > 1 && (
        <Group component="nav" aria-label="Pages de la liste" justify="center" mt="md">
          <Button
            variant="default"
            disabled={page <= 1}
            onClick={() => go({ ...f, page: page - 1 })}
          >
            Page précédente
          </Button>
          <Button
            variant="default"
            disabled={page >= pages}
            onClick={() => go({ ...f, page: page + 1 })}
          >
            Page suivante
          </Button>
        </Group>
      )}
    </>
  );
}

/** The exports of the offers the filters select (all pages). */
const Exports = memo(function Exports({ f }: { f: OffresFiltres }) {
  const url = (format: 'csv' | 'xlsx') =>
    `/offres/export?${versParams({ ...f, page: undefined, format } as OffresFiltres).toString()}`;
  return (
    <Group gap="xs">
      <Button component="a" href={url('csv')} download variant="outline">
        Exporter en CSV
      </Button>
      <Button component="a" href={url('xlsx')} download variant="outline">
        Exporter en XLSX
      </Button>
    </Group>
  );
});
