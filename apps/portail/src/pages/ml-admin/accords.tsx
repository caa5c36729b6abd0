import { Button, Group, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { useSession } from '../../session/session';
import { fieldId } from '../../ui/error-summary';
import { dateFr } from '../../ui/statut';

type Action = 'accepter' | 'refuser' | 'revoquer';

const STATUTS: Record<string, string> = {
  proposee: 'Proposé',
  acceptee: 'Accepté',
  refusee: 'Refusé',
  revoquee: 'Révoqué',
};

/** Reciprocal agreements with neighbouring structures: propose, accept, refuse, revoke. */
export function Accords({ voisines }: { voisines: string[] }) {
  const client = useQueryClient();
  const { data: session } = useSession();
  const moi = session?.user.structureId;
  const [structureId, setStructureId] = useState('');
  const accords = useQuery({
    queryKey: ['matching', 'accords'],
    queryFn: () => ok(api.GET('/matching/accords')),
  });
  const autres = useQuery({
    queryKey: ['structures', 'autres'],
    queryFn: () => ok(api.GET('/structures/autres')),
  });
  const nomDe = new Map((autres.data ?? []).map((s) => [s.id, s.nom]));
  const refresh = () => client.invalidateQueries({ queryKey: ['matching'] });
  const proposer = useMutation({
    mutationFn: () => ok(api.POST('/matching/accords', { body: { structureId } })),
    onSuccess: () => {
      setStructureId('');
      refresh();
    },
  });
  const changer = useMutation({
    mutationFn: ({ id, action }: { id: string; action: Action }) =>
      ok(api.POST(`/matching/accords/{id}/${action}`, { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const erreur =
    proposer.error instanceof ApiProblem
      ? fieldErrors(proposer.error.problem).structureId
      : undefined;
  return (
    <section aria-labelledby="titre-accords">
      <Title order={2} size="h3" id="titre-accords" mb="xs">
        Accords de voisinage
      </Title>
      <Text size="sm" mb="sm">
        Un accord accepté par les deux structures ouvre vos offres à leurs jeunes et les leurs aux
        vôtres. Structures voisines en vigueur : {voisines.length}.
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Structure</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col">Depuis</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(accords.data ?? []).map((a) => {
              const recu = a.partenaireId === moi;
              const autre = recu ? a.demandeurId : a.partenaireId;
              const actions: Action[] =
                a.statut === 'proposee'
                  ? recu
                    ? ['accepter', 'refuser']
                    : ['revoquer']
                  : a.statut === 'acceptee'
                    ? ['revoquer']
                    : [];
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    {nomDe.get(autre) ?? autre} {recu ? '(reçu)' : '(proposé par vous)'}
                  </Table.Th>
                  <Table.Td>{STATUTS[a.statut] ?? a.statut}</Table.Td>
                  <Table.Td>{dateFr(a.createdAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {actions.map((action) => (
                        <Button
                          key={action}
                          size="compact-sm"
                          variant="default"
                          onClick={() => changer.mutate({ id: a.id, action })}
                        >
                          {action === 'accepter'
                            ? 'Accepter'
                            : action === 'refuser'
                              ? 'Refuser'
                              : 'Révoquer'}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {changer.isError && (
        <Text c="red.9" role="alert">
          {changer.error.message}
        </Text>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          proposer.mutate();
        }}
      >
        <Group align="end" mt="sm">
          <NativeSelect
            id={fieldId('structureId')}
            label="Structure voisine"
            value={structureId}
            error={erreur ?? (proposer.isError && !erreur ? proposer.error.message : undefined)}
            onChange={(e) => setStructureId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Choisir une structure' },
              ...(autres.data ?? []).map((s) => ({
                value: s.id,
                label: s.departement ? `${s.nom} (${s.departement})` : s.nom,
              })),
            ]}
          />
          <Button type="submit" loading={proposer.isPending}>
            Proposer un accord
          </Button>
        </Group>
      </form>
    </section>
  );
}
