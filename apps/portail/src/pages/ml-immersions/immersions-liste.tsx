import { Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import { Schemas } from '../../api/client';
import { dateFr } from '../../ui/statut';
import { CONVENTION_STATUTS } from '../ml-conseiller/types';

type Ligne = Schemas['ConventionLigneView'];

/** One row per agreement: jeune (link to the detail), host, dates, signatures, status. */
export function ImmersionsListe({ conventions }: { conventions: Ligne[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Jeune</Table.Th>
            <Table.Th scope="col">Structure d’accueil</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Signatures</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conventions.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row">
                <Link to={`/ml/conseiller/pmsmp/${c.id}`}>{c.beneficiaire}</Link>
              </Table.Th>
              <Table.Td>{c.accueil}</Table.Td>
              <Table.Td>
                du {dateFr(c.dateDebut)} au {dateFr(c.dateFin)}
              </Table.Td>
              <Table.Td>
                {c.statut === 'brouillon'
                  ? 'pas encore envoyée'
                  : `${c.signees} sur ${c.signaturesAttendues}`}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" c="dark.8">
                  {CONVENTION_STATUTS[c.statut] ?? c.statut}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
