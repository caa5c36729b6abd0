import { Table } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { valeurFr } from './format';
import classes from './rapport.module.css';

const CODES = [
  'offres_publiees',
  'recrutements',
  'part_offres_recrutement',
  'mises_en_relation',
  'pmsmp',
  'jeunes_contactes',
];

/** The network per region or department: the main figures side by side. */
export function GroupesTable({ reseau }: { reseau: Schemas['ReseauSchema'] }) {
  const titre = reseau.par === 'departement' ? 'Département' : 'Région';
  const libelles = new Map(reseau.national.indicateurs.map((i) => [i.code, i]));
  return (
    <div
      className={classes.tableWrap}
      role="region"
      aria-label={`Par ${titre.toLowerCase()}`}
      tabIndex={0}
    >
      <Table className={classes.table} withTableBorder data-testid="groupes">
        <Table.Caption>Les principaux indicateurs par {titre.toLowerCase()}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{titre}</Table.Th>
            <Table.Th scope="col">Structures</Table.Th>
            {CODES.map((c) => (
              <Table.Th scope="col" key={c}>
                {libelles.get(c)?.libelle ?? c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reseau.groupes.map((g) => {
            const par = new Map(g.rapport.indicateurs.map((i) => [i.code, i]));
            return (
              <Table.Tr key={g.code}>
                <Table.Th scope="row">{g.nom}</Table.Th>
                <Table.Td>{g.structures}</Table.Td>
                {CODES.map((c) => (
                  <Table.Td key={c}>
                    {valeurFr(par.get(c)?.valeur, par.get(c)?.unite ?? '')}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
