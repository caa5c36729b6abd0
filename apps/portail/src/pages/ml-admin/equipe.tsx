import { Alert, Button, Loader, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, Schemas } from '../../api/client';
import { useSession } from '../../session/session';
import { dateFr } from '../../ui/statut';
import { InvitationForm } from './invitation-form';
import { ROLES, ROLES_EQUIPE } from './libelles';

type User = Schemas['UserView'];

/** The structure's accounts: role, deactivation (traced), and the invitations under way. */
export default function Equipe() {
  const { data: session } = useSession();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api.GET('/users', {})) });
  const invitations = useQuery({
    queryKey: ['invitations'],
    queryFn: () => ok(api.GET('/invitations', {})),
  });
  const modifier = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['ModifierCompteDto'] }) =>
      ok(api.PATCH('/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  if (users.isPending) return <Loader aria-label="Chargement des comptes" />;
  const equipe = (users.data ?? []).filter((u: User) => u.role !== 'employeur');
  return (
    <Stack>
      <Title order={1}>Équipe et comptes</Title>
      <div role="status" aria-live="polite">
        {modifier.isError && <Alert color="red">{modifier.error.message}</Alert>}
        {modifier.isSuccess && (
          <Alert color="green">
            Compte de {modifier.data.prenom} {modifier.data.nom} mis à jour.
          </Alert>
        )}
      </div>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Nom</Table.Th>
              <Table.Th scope="col">E-mail</Table.Th>
              <Table.Th scope="col">Rôle</Table.Th>
              <Table.Th scope="col">Dernière connexion</Table.Th>
              <Table.Th scope="col">Accès</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {equipe.map((u) => {
              const moi = u.id === session?.user.id;
              return (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row">
                    {u.prenom} {u.nom}
                  </Table.Th>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>
                    {moi ? (
                      ROLES[u.role]
                    ) : (
                      <NativeSelect
                        aria-label={`Rôle de ${u.prenom} ${u.nom}`}
                        value={u.role}
                        data={ROLES_EQUIPE}
                        onChange={(e) =>
                          modifier.mutate({
                            id: u.id,
                            body: { role: e.currentTarget.value as never },
                          })
                        }
                      />
                    )}
                  </Table.Td>
                  <Table.Td>{dateFr(u.lastLoginAt)}</Table.Td>
                  <Table.Td>
                    {moi ? (
                      'Vous'
                    ) : (
                      <Button
                        size="compact-sm"
                        variant={u.active ? 'default' : 'filled'}
                        onClick={() => modifier.mutate({ id: u.id, body: { active: !u.active } })}
                        aria-label={`${u.active ? 'Désactiver' : 'Réactiver'} le compte de ${u.prenom} ${u.nom}`}
                      >
                        {u.active ? 'Désactiver' : 'Réactiver'}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <InvitationForm />
      <Title order={2} size="h3">
        Invitations
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Personne</Table.Th>
              <Table.Th scope="col">Rôle</Table.Th>
              <Table.Th scope="col">État</Table.Th>
              <Table.Th scope="col">Expire le</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(invitations.data ?? []).map((i) => (
              <Table.Tr key={i.id}>
                <Table.Th scope="row">
                  {i.prenom} {i.nom} ({i.email})
                </Table.Th>
                <Table.Td>{ROLES[i.role] ?? i.role}</Table.Td>
                <Table.Td>{i.status}</Table.Td>
                <Table.Td>{dateFr(i.expiresAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
