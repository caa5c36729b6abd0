import { Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { MerEmployeur } from '../../api/mer';
import { dateFr, statutLibelle } from '../../ui/statut';

const QUI: Record<string, string> = {
  employeur: 'vous',
  cre: 'la Mission Locale',
  admin: 'la Mission Locale',
  system: 'automatique',
};

/** The offer's status history and what was sent to the employer, in one timeline. */
export function Historique({ offreId, candidats }: { offreId: string; candidats: MerEmployeur[] }) {
  const { data = [] } = useQuery({
    queryKey: ['offre', offreId, 'historique'],
    queryFn: () => ok(api.GET('/offres/{id}/historique', { params: { path: { id: offreId } } })),
  });
  const lignes = [
    ...data.map((t) => ({
      at: t.at,
      quoi:
        t.action === 'modification'
          ? 'Offre modifiée'
          : t.fromStatut
            ? `${statutLibelle(t.fromStatut)} → ${statutLibelle(t.toStatut)}`
            : `Créée (${statutLibelle(t.toStatut).toLowerCase()})`,
      qui: QUI[t.byRole] ?? t.byRole,
      motif: t.motif,
    })),
    // The employer's view of a MER has no transitions (MerEmployeurView): its current status only.
    ...candidats
      .filter((m) => m.statut === 'transmise_employeur')
      .map((m) => ({
        at: m.statutAt,
        quoi: `Candidature de ${m.candidat.prenom} ${m.candidat.nom} envoyée par e-mail`,
        qui: 'la Mission Locale',
        motif: null,
      })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <>
      <Title order={2} size="h3" mb="xs">
        Historique
      </Title>
      {lignes.length === 0 ? (
        <Text>Aucun événement.</Text>
      ) : (
        <div
          role="region"
          aria-label="Historique de l’offre"
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          <Table miw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Événement</Table.Th>
                <Table.Th scope="col">Par</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lignes.map((l, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{dateFr(l.at, true)}</Table.Td>
                  <Table.Td>
                    {l.quoi}
                    {l.motif ? ` — ${l.motif}` : ''}
                  </Table.Td>
                  <Table.Td>{l.qui}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </>
  );
}
