import { Table, Text, Title } from '@mantine/core';
import { BarChart } from './bar-chart';
import { evolutionFr, groupesLignes, Indicateur, valeurFr } from './format';
import classes from './rapport.module.css';

const minuscule = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** One figure: its value, the previous period, its definition, then a chart and its table. */
export function IndicateurBloc({ i }: { i: Indicateur }) {
  const titreId = `indicateur-${i.code}`;
  return (
    <section aria-labelledby={titreId} className={classes.indicateur} data-code={i.code}>
      <Title order={3} size="h4" id={titreId}>
        {i.libelle}
      </Title>
      <p className={classes.valeur}>
        <span data-testid={`valeur-${i.code}`}>{valeurFr(i.valeur, i.unite)}</span>
        <Text component="span" size="sm" ml="sm">
          période précédente : {valeurFr(i.precedent, i.unite)} (
          {evolutionFr(i.valeur, i.precedent, i.unite)})
        </Text>
      </p>
      <Text size="sm">
        <strong>Ce qui compte :</strong> {i.definition}
      </Text>
      <Text size="sm">
        <strong>Date retenue :</strong> {i.date}
      </Text>
      {groupesLignes(i).map((g) => (
        <div key={g.titre} className={classes.ventilation}>
          {i.ventilation && (
            <BarChart titre={`${i.libelle}, ${minuscule(g.titre)}`} lignes={g.lignes} />
          )}
          <div
            className={classes.tableWrap}
            role="region"
            aria-label={`${i.libelle} : ${g.titre}`}
            tabIndex={0}
          >
            <Table className={classes.table} withTableBorder>
              <Table.Caption>
                {i.libelle} — {minuscule(g.titre)}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{i.ventilation ? 'Ventilation' : 'Mesure'}</Table.Th>
                  <Table.Th scope="col">Période</Table.Th>
                  <Table.Th scope="col">Période précédente</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.lignes.map((l) => (
                  <Table.Tr key={l.cle}>
                    <Table.Th scope="row">{l.libelle}</Table.Th>
                    <Table.Td>{l.valeur}</Table.Td>
                    <Table.Td>{l.precedent}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </div>
      ))}
    </section>
  );
}
