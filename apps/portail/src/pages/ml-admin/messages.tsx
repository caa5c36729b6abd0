import { Alert, Button, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, ok, Schemas } from '../../api/client';
import { dateFr } from '../../ui/statut';

type Statut = Schemas['MessageView']['statut'];

const STATUTS = [
  { value: 'echec', label: 'En échec' },
  { value: 'incertain', label: 'Incertains' },
  { value: 'en_attente', label: 'En attente' },
  { value: 'envoye', label: 'Envoyés' },
];

/** Messages that failed (or are uncertain), their error, and the re-send; the queues' state. */
export default function Messages() {
  const [params, setParams] = useSearchParams();
  // From the address bar: an unknown status is the API's 400, shown like any error.
  const statut = (params.get('statut') ?? 'echec') as Statut;
  const client = useQueryClient();
  const liste = useQuery({
    queryKey: ['messages', statut],
    queryFn: () => ok(api.GET('/messages', { params: { query: { statut, parPage: 100 } } })),
  });
  const etat = useQuery({
    queryKey: ['messages', 'etat'],
    queryFn: () => ok(api.GET('/messages/etat')),
  });
  const renvoyer = useMutation({
    mutationFn: (id: string) =>
      ok(api.POST('/messages/{id}/renvoyer', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['messages'] }),
  });
  return (
    <Stack>
      <Title order={1}>Messages</Title>
      <section aria-labelledby="titre-etat">
        <Title order={2} size="h3" id="titre-etat" mb="xs">
          État des envois
        </Title>
        {etat.data && etat.data.length > 0 ? (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Canal</Table.Th>
                  <Table.Th scope="col">Statut</Table.Th>
                  <Table.Th scope="col">Nombre</Table.Th>
                  <Table.Th scope="col">Le plus ancien</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {etat.data.map((e) => (
                  <Table.Tr key={e.canal + e.statut}>
                    <Table.Td>{e.canal === 'sms' ? 'SMS' : 'E-mail'}</Table.Td>
                    <Table.Td>{e.statut}</Table.Td>
                    <Table.Td>{e.nombre}</Table.Td>
                    <Table.Td>{dateFr(e.plusAncienCreeLe, true)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text>Aucun message en cours.</Text>
        )}
      </section>
      <NativeSelect
        label="Afficher les messages"
        value={statut}
        data={STATUTS}
        onChange={(e) => setParams({ statut: e.currentTarget.value })}
        maw={320}
      />
      <div role="status" aria-live="polite">
        {renvoyer.isSuccess && <Alert color="green">Message remis dans la file d’envoi.</Alert>}
        {renvoyer.isError && <Alert color="red">{renvoyer.error.message}</Alert>}
      </div>
      {liste.isPending ? (
        <Loader aria-label="Chargement des messages" />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <caption>{liste.data?.total ?? 0} message(s)</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Message</Table.Th>
                <Table.Th scope="col">Destinataire</Table.Th>
                <Table.Th scope="col">Erreur</Table.Th>
                <Table.Th scope="col">Tentatives</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(liste.data?.items ?? []).map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row">
                    {m.canal === 'sms' ? 'SMS' : 'E-mail'} « {m.objet ?? m.template} » du{' '}
                    {dateFr(m.creeLe, true)}
                  </Table.Th>
                  <Table.Td>{m.adresse ?? m.destinataireType}</Table.Td>
                  <Table.Td>{m.derniereErreur ?? '—'}</Table.Td>
                  <Table.Td>{m.tentatives}</Table.Td>
                  <Table.Td>
                    {['echec', 'incertain'].includes(m.statut) && (
                      <Button
                        size="compact-sm"
                        onClick={() => renvoyer.mutate(m.id)}
                        loading={renvoyer.isPending && renvoyer.variables === m.id}
                        aria-label={`Renvoyer le message à ${m.adresse ?? m.destinataireType}`}
                      >
                        Renvoyer
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
