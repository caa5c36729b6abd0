import { Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { dateFr, statutLibelle } from '../../ui/statut';

/** libs/offres/src/lifecycle/offre-transition.entity.ts (the controller returns the entity). */
interface Transition {
  id: string;
  action: string;
  fromStatut: string | null;
  toStatut: string;
  byRole: string;
  motif: string | null;
  at: string;
}

const QUI: Record<string, string> = {
  employeur: 'l’employeur',
  cre: 'un CRE',
  admin: 'un administrateur',
  system: 'automatique',
};

/** Who did what and when (each transition and edit), with the reasons given. */
export function OffreJournal({ offreId }: { offreId: string }) {
  const { data = [] } = useQuery({
    queryKey: ['offre', offreId, 'historique'],
    queryFn: async () =>
      (await ok(
        api.GET('/offres/{id}/historique', { params: { path: { id: offreId } } }),
      )) as unknown as Transition[],
  });
  return (
    <>
      <Title order={2} size="h3" mb="xs">
        Historique
      </Title>
      <Table.ScrollContainer minWidth={500}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Événement</Table.Th>
              <Table.Th scope="col">Par</Table.Th>
              <Table.Th scope="col">Motif</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data
              .slice()
              .reverse()
              .map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{dateFr(t.at, true)}</Table.Td>
                  <Table.Td>
                    {t.action === 'modification'
                      ? 'Offre modifiée'
                      : `${t.fromStatut ? `${statutLibelle(t.fromStatut)} → ` : ''}${statutLibelle(t.toStatut)}`}
                  </Table.Td>
                  <Table.Td>{QUI[t.byRole] ?? t.byRole}</Table.Td>
                  <Table.Td>{t.motif ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
