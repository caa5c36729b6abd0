import { Alert, Button, Group, Loader, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { lireFiltres, OffresFiltres, versParams } from './filtres';
import { OffresFiltresForm } from './offres-filtres';
import { OffresListe } from './offres-liste';

const PAR_PAGE = 50;

/** Every offer of the structure: filters in the URL, server-side pages, exports. */
export default function MlOffres() {
  const [params, setParams] = useSearchParams();
  const f = lireFiltres(params);
  const { page = 1, ...filtres } = f;
  const query = { ...filtres, page, parPage: PAR_PAGE };
  const liste = useQuery({
    queryKey: ['ml-offres', query],
    queryFn: () => ok(api.GET('/offres', { params: { query: query as never } })),
    placeholderData: keepPreviousData,
  });
  const go = (next: OffresFiltres) => setParams(versParams(next));
  const pages = Math.max(1, Math.ceil((liste.data?.total ?? 0) / PAR_PAGE));
  const exportUrl = (format: 'csv' | 'xlsx') =>
    `/offres/export?${versParams({ ...filtres, format } as OffresFiltres).toString()}`;
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
        <Group gap="xs">
          <Button component="a" href={exportUrl('csv')} download variant="outline">
            Exporter en CSV
          </Button>
          <Button component="a" href={exportUrl('xlsx')} download variant="outline">
            Exporter en XLSX
          </Button>
        </Group>
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
