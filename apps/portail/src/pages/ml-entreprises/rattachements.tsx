import { Alert, Button, Group, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { dateFr } from '../../ui/statut';

/**
 * Employer accounts waiting for a CRE: check who they are (call back the number given), then
 * validate or refuse. `entrepriseId`: only those of one entreprise.
 */
export function Rattachements({ entrepriseId }: { entrepriseId?: string }) {
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['rattachements', 'en_attente'],
    queryFn: () =>
      ok(api.GET('/entreprises/rattachements', { params: { query: { statut: 'en_attente' } } })),
  });
  const decide = useMutation({
    mutationFn: (r: { id: string; userId: string; decision: 'valider' | 'refuser' }) => {
      const params = { params: { path: { id: r.id, userId: r.userId } } };
      return ok(
        r.decision === 'valider'
          ? api.POST('/entreprises/{id}/membres/{userId}/valider', params)
          : api.POST('/entreprises/{id}/membres/{userId}/refuser', params),
      );
    },
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['rattachements'] });
      client.invalidateQueries({ queryKey: ['a-traiter'] });
      client.invalidateQueries({ queryKey: ['entreprise'] });
    },
  });
  const rows = (q.data ?? []).filter((r) => !entrepriseId || r.entreprise.id === entrepriseId);
  const err = decide.error instanceof ApiProblem ? decide.error.problem.detail : null;
  return (
    <section aria-labelledby="titre-rattachements">
      <Title order={2} size="h3" mb="xs" id="titre-rattachements">
        Comptes employeurs à valider
      </Title>
      {decide.isSuccess && (
        <Alert color="green" role="status" mb="sm">
          Décision enregistrée ; l’employeur en est informé.
        </Alert>
      )}
      {err && (
        <Alert color="red" role="alert" mb="sm">
          {err}
        </Alert>
      )}
      {!rows.length ? (
        <Text mb="md">{q.isPending ? 'Chargement…' : 'Aucun compte en attente.'}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} mb="md">
          <Table striped aria-label="Comptes employeurs à valider">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Personne</Table.Th>
                <Table.Th scope="col">Entreprise</Table.Th>
                <Table.Th scope="col">Téléphone</Table.Th>
                <Table.Th scope="col">Demandé le</Table.Th>
                <Table.Th scope="col">Décision</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const qui = `${r.prenom} ${r.nom}`;
                return (
                  <Table.Tr key={`${r.entreprise.id}-${r.userId}`}>
                    <Table.Td>
                      {qui}
                      <Text size="xs">{r.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      {r.entreprise.raisonSociale}
                      <Text size="xs">SIRET {r.entreprise.siret}</Text>
                    </Table.Td>
                    <Table.Td>
                      {r.telephone ? <a href={`tel:${r.telephone}`}>{r.telephone}</a> : '—'}
                    </Table.Td>
                    <Table.Td>{dateFr(r.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          aria-label={`Valider le compte de ${qui}`}
                          onClick={() =>
                            decide.mutate({
                              id: r.entreprise.id,
                              userId: r.userId,
                              decision: 'valider',
                            })
                          }
                        >
                          Valider
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          aria-label={`Refuser le compte de ${qui}`}
                          onClick={() =>
                            decide.mutate({
                              id: r.entreprise.id,
                              userId: r.userId,
                              decision: 'refuser',
                            })
                          }
                        >
                          Refuser
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
