import { Alert, Anchor, Loader, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { dateFr } from '../../ui/statut';

export const mesImmersionsQuery = {
  queryKey: ['immersions'],
  queryFn: () => ok(api.GET('/pmsmp/mes-conventions', {})),
};

/** The agreements my entreprises host: status, jeune, dates, who still signs. */
export function MesImmersions() {
  const q = useQuery(mesImmersionsQuery);
  return (
    <section aria-labelledby="titre-immersions">
      <Title order={2} size="h3" mb="xs" id="titre-immersions">
        Mes immersions (PMSMP)
      </Title>
      {q.isPending ? (
        <Loader aria-label="Chargement des immersions" />
      ) : q.isError ? (
        <Alert color="red">Les immersions n’ont pas pu être chargées : réessayez.</Alert>
      ) : !q.data.length ? (
        <Text>Aucune convention d’immersion pour le moment.</Text>
      ) : (
        // Scrolls sideways on a phone, inside its own focusable region (keyboard users too).
        <div role="region" aria-label="Mes immersions" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table striped miw={560}>
            <Table.Caption>Conventions d’immersion accueillies par mes entreprises</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Jeune</Table.Th>
                <Table.Th scope="col">Métier</Table.Th>
                <Table.Th scope="col">Dates</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
                <Table.Th scope="col">Signatures attendues</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/immersions/${c.id}`}>
                      {c.beneficiaire}
                      <VisuallyHidden> : lire la convention</VisuallyHidden>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.metier}</Table.Td>
                  <Table.Td>
                    du {dateFr(c.dateDebut)} au {dateFr(c.dateFin)}
                  </Table.Td>
                  <Table.Td>
                    {c.statutLibelle}
                    {c.aSigner && (
                      <Text component="span" fw={700} display="block">
                        À signer par vous
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.signaturesAttendues.join(', ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
