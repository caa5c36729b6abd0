import { Anchor, Button, Group, Loader, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { Rattachements } from './rattachements';
import { PagesListe } from '../shared/pages-liste';

const PAR_PAGE = 20;

/** Search the structure's entreprises (name, sign or SIRET); the accounts waiting for a CRE. */
export default function MlEntreprises() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [saisie, setSaisie] = useState(q);
  const liste = useQuery({
    queryKey: ['ml-entreprises', q, page],
    queryFn: () =>
      ok(
        api.GET('/entreprises', {
          params: { query: { ...(q ? { q } : {}), page, limit: PAR_PAGE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const go = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next))
      if (v) p.set(k, String(v));
      else p.delete(k);
    setParams(p);
  };
  const chercher = (e: FormEvent) => {
    e.preventDefault();
    go({ q: saisie.trim(), page: undefined });
  };
  const pages = Math.max(1, Math.ceil((liste.data?.total ?? 0) / PAR_PAGE));
  return (
    <>
      <Title order={1} mb="md">
        Entreprises
      </Title>
      <Rattachements />
      <form role="search" aria-label="Chercher une entreprise" onSubmit={chercher}>
        <Group align="flex-end" mb="md">
          <TextInput
            label="Raison sociale, enseigne ou SIRET"
            value={saisie}
            onChange={(e) => setSaisie(e.currentTarget.value)}
            style={{ flex: 1, minWidth: '12rem' }}
          />
          <Button type="submit">Chercher</Button>
        </Group>
      </form>
      <Text role="status" mb="xs">
        {liste.data
          ? `${liste.data.total} entreprise${liste.data.total > 1 ? 's' : ''}`
          : 'Chargement…'}
      </Text>
      {liste.isPending ? (
        <Loader aria-label="Chargement des entreprises" />
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table striped aria-label="Entreprises">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Entreprise</Table.Th>
                <Table.Th scope="col">SIRET</Table.Th>
                <Table.Th scope="col">Code postal</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {liste.data?.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/ml/entreprises/${e.id}`}>
                      {e.raisonSociale}
                    </Anchor>
                    {e.enseigne && <Text size="xs">{e.enseigne}</Text>}
                  </Table.Td>
                  <Table.Td>{e.siret}</Table.Td>
                  <Table.Td>{e.codePostal ?? '—'}</Table.Td>
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
