import { Group, Pagination } from '@mantine/core';
import { memo } from 'react';

const CONTROLES = {
  first: 'Première page',
  previous: 'Page précédente',
  next: 'Page suivante',
  last: 'Dernière page',
};

/** The queue's pages (the page number is in the URL); drawn again only when they change. */
export const TriPages = memo(function TriPages(p: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (p.pages < 2) return null;
  return (
    <Group component="nav" aria-label="Pages de la file" justify="center" mt="md">
      <Pagination
        total={p.pages}
        value={p.page}
        onChange={p.onPage}
        siblings={1}
        getControlProps={(c) => ({ 'aria-label': CONTROLES[c] })}
        getItemProps={(n) => ({
          'aria-label': `Page ${n}`,
          ...(n === p.page ? { 'aria-current': 'page' } : {}),
        })}
      />
    </Group>
  );
});
