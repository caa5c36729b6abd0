import { Badge, Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../session/session';
import { dateFr } from '../../ui/statut';
import { Actualites } from './actualites';
import { mesJeunesQuery } from './mes-jeunes';
import { CONVENTION_STATUTS, MerLigne } from './types';

/** The conseiller's home: my jeunes, their news, introductions and immersions. */
export default function AccueilConseiller() {
  const { data: session } = useSession();
  const jeunes = useQuery(mesJeunesQuery);
  const mers = useQuery({
    queryKey: ['mises-en-relation', 'conseiller'],
    queryFn: () => ok(api.GET('/mises-en-relation', {})),
  });
  const conventions = useQuery({
    queryKey: ['pmsmp', 'conventions'],
    queryFn: () => ok(api.GET('/pmsmp/conventions', {})),
  });
  if (jeunes.isPending || mers.isPending || conventions.isPending)
    return <Loader aria-label="Chargement de vos jeunes" />;
  const parJeune = new Map<string, MerLigne[]>();
  for (const m of mers.data ?? []) parJeune.set(m.jeuneId, [...(parJeune.get(m.jeuneId) ?? []), m]);

  return (
    <>
      <Title order={1} mb="md">
        Bonjour {session?.user.prenom}
      </Title>
      <Actualites mers={mers.data ?? []} />
      <section aria-labelledby="titre-jeunes">
        <Title order={2} size="h3" id="titre-jeunes" mb="xs">
          Mes jeunes ({jeunes.data?.total ?? 0})
        </Title>
        <Table.ScrollContainer minWidth={560} mb="lg">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Jeune</Table.Th>
                <Table.Th scope="col">Âge</Table.Th>
                <Table.Th scope="col">Commune</Table.Th>
                <Table.Th scope="col">Mises en relation</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(jeunes.data?.items ?? []).map((j) => (
                <Table.Tr key={j.id}>
                  <Table.Th scope="row">
                    {j.prenom} {j.nom}{' '}
                    {j.mineur && (
                      <Badge variant="light" c="dark.8">
                        mineur
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{j.age} ans</Table.Td>
                  <Table.Td>{j.communeNom ?? '—'}</Table.Td>
                  <Table.Td>
                    {(parJeune.get(j.id) ?? []).map((m) => m.statutLibelle).join(', ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      <section aria-labelledby="titre-immersions">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="titre-immersions">
            Immersions (PMSMP)
          </Title>
          <Button component={Link} to="/ml/conseiller/pmsmp/nouvelle">
            Nouvelle convention
          </Button>
        </Group>
        {(conventions.data ?? []).length === 0 ? (
          <Text>Aucune convention pour l’instant.</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Jeune</Table.Th>
                  <Table.Th scope="col">Structure d’accueil</Table.Th>
                  <Table.Th scope="col">Dates</Table.Th>
                  <Table.Th scope="col">Statut</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(conventions.data ?? []).map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">
                      <Link to={`/ml/conseiller/pmsmp/${c.id}`}>{c.beneficiaire}</Link>
                    </Table.Th>
                    <Table.Td>{c.accueil}</Table.Td>
                    <Table.Td>
                      du {dateFr(c.dateDebut)} au {dateFr(c.dateFin)}
                    </Table.Td>
                    <Table.Td>{CONVENTION_STATUTS[c.statut] ?? c.statut}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </>
  );
}
