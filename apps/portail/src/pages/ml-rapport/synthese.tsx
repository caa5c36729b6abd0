import { Table } from '@mantine/core';
import { evolutionFr, Rapport, SECTIONS, valeurFr } from './format';
import classes from './rapport.module.css';

/** Every figure on one table: the period, the previous one, the change. */
export function Synthese({ rapport, titre }: { rapport: Rapport; titre: string }) {
  const par = new Map(rapport.indicateurs.map((i) => [i.code, i]));
  return (
    <div className={classes.tableWrap} role="region" aria-label={titre} tabIndex={0}>
      <Table className={classes.table} withTableBorder data-testid="synthese">
        <Table.Caption>{titre}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Indicateur</Table.Th>
            <Table.Th scope="col">Période</Table.Th>
            <Table.Th scope="col">Période précédente</Table.Th>
            <Table.Th scope="col">Évolution</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {SECTIONS.map((s) => (
          <Table.Tbody key={s.titre}>
            <Table.Tr>
              <Table.Th scope="colgroup" colSpan={4} className={classes.groupe}>
                {s.titre}
              </Table.Th>
            </Table.Tr>
            {s.codes
              .map((c) => par.get(c))
              .filter((i) => !!i)
              .map((i) => (
                <Table.Tr key={i.code} data-code={i.code}>
                  <Table.Th scope="row">
                    <a href={`#indicateur-${i.code}`}>{i.libelle}</a>
                  </Table.Th>
                  <Table.Td>{valeurFr(i.valeur, i.unite)}</Table.Td>
                  <Table.Td>{valeurFr(i.precedent, i.unite)}</Table.Td>
                  <Table.Td>{evolutionFr(i.valeur, i.precedent, i.unite)}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        ))}
      </Table>
    </div>
  );
}
