import { Button, Group, Text } from '@mantine/core';

/** A server-paged list's previous / next (the page is in the URL: `onPage` navigates). */
export function PagesListe(p: { page: number; pages: number; onPage: (page: number) => void }) {
  if (p.pages < 2) return null;
  return (
    <Group component="nav" aria-label="Pages de la liste" justify="center" mt="md">
      <Button variant="default" disabled={p.page <= 1} onClick={() => p.onPage(p.page - 1)}>
        Page précédente
      </Button>
      <Text>
        Page {p.page} sur {p.pages}
      </Text>
      <Button variant="default" disabled={p.page >= p.pages} onClick={() => p.onPage(p.page + 1)}>
        Page suivante
      </Button>
    </Group>
  );
}
