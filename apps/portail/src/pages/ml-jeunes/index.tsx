import {
  Anchor,
  Button,
  Group,
  Loader,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../session/session';
import { STATUTS_JEUNE } from './types';
import { PagesListe } from '../shared/pages-liste';

const PAR_PAGE = 25;

/** Search the structure's jeunes (the CRE's view: no contact details). */
export default function MlJeunes() {
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const statut = params.get('statut') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [saisie, setSaisie] = useState(q);
  const liste = useQuery({
    queryKey: ['ml-jeunes', q, statut, page],
    queryFn: () =>
      ok(
        api.GET('/jeunes', {
          params: {
            query: {
              ...(q ? { q } : {}),
              ...(statut ? { statut: statut as 'actif' } : {}),
              page,
              parPage: PAR_PAGE,
              tri: 'nom',
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const go = (next: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next))
      if (v) p.set(k, String(v));
      else p.delete(k);
    setParams(p);
  };
  const pages = Math.max(1, Math.ceil((liste.data?.total ?? 0) / PAR_PAGE));
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>Jeunes</Title>
        {session?.user.role === 'admin' && (
          <Button component={Link} to="/ml/jeunes/import" variant="outline">
            Importer un fichier
          </Button>
        )}
      </Group>
      <form
        role="search"
        aria-label="Chercher un jeune"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          go({ q: saisie.trim(), page: undefined });
        }}
      >
        <Group align="flex-end" mb="md">
          <TextInput
            label="Nom ou prénom"
            value={saisie}
            onChange={(e) => setSaisie(e.currentTarget.value)}
            style={{ flex: 1, minWidth: '12rem' }}
          />
          <Select
            label="Statut"
            placeholder="Tous"
            clearable
            data={Object.entries(STATUTS_JEUNE).map(([value, label]) => ({ value, label }))}
            value={statut || null}
            onChange={(v) => go({ statut: v ?? undefined, page: undefined })}
          />
          <Button type="submit">Chercher</Button>
        </Group>
      </form>
      <Text role="status" mb="xs">
        {liste.data ? `${liste.data.total} jeune${liste.data.total > 1 ? 's' : ''}` : 'Chargement…'}
      </Text>
      {liste.isPending ? (
        <Loader aria-label="Chargement des jeunes" />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label="Jeunes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Jeune</Table.Th>
                <Table.Th scope="col">Âge</Table.Th>
                <Table.Th scope="col">Commune</Table.Th>
                <Table.Th scope="col">Métiers</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {liste.data?.items.map((j) => (
                <Table.Tr key={j.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/ml/jeunes/${j.id}`}>
                      {j.prenom} {j.nom}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {j.age} ans{j.mineur ? ' (mineur·e)' : ''}
                  </Table.Td>
                  <Table.Td>{j.communeNom ?? '—'}</Table.Td>
                  <Table.Td>{j.fichesRome.join(', ') || '—'}</Table.Td>
                  <Table.Td>{STATUTS_JEUNE[j.statut] ?? j.statut}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PagesListe page={page} pages={pages} onPage={(n) => go({ page: n })} />
    </>
  );
}
