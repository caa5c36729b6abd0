import { Anchor, Button, Group } from '@mantine/core';
import { Filtres, queryString } from './use-filtres';
import classes from './rapport.module.css';

/** Exports with the same filters (the API's files) and the printable version. */
export function Actions({ filtres, exports = true }: { filtres: Filtres; exports?: boolean }) {
  const q = queryString(filtres);
  return (
    <Group gap="md" className={classes.actions} wrap="wrap">
      {exports && (
        <>
          <Anchor href={`/pilotage/rapport/csv${q}`} download>
            Télécharger en CSV
          </Anchor>
          <Anchor href={`/pilotage/rapport/xlsx${q}`} download>
            Télécharger en XLSX (Excel)
          </Anchor>
        </>
      )}
      <Button variant="outline" onClick={() => window.print()}>
        Imprimer
      </Button>
    </Group>
  );
}
