import { memo } from 'react';
import l from '../shared/liste.module.css';

/**
 * The pages shown: the first, the last, the current one and its neighbours, gaps as null
 * (Mantine's Pagination's, one sibling and one boundary).
 */
export function plage(page: number, pages: number): (number | null)[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const debut = Math.max(2, Math.min(page - 1, pages - 4));
  const fin = Math.min(pages - 1, Math.max(page + 1, 5));
  const milieu = Array.from({ length: fin - debut + 1 }, (_, i) => debut + i);
  return [1, ...(debut > 2 ? [null] : []), ...milieu, ...(fin < pages - 1 ? [null] : []), pages];
}

/**
 * The queue's pages (the page number is in the URL); plain buttons, drawn again only when they
 * change. Each says its page to a screen reader; the current one is marked.
 */
export const TriPages = memo(function TriPages(p: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (p.pages < 2) return null;
  return (
    <nav aria-label="Pages de la file" className={l.pages}>
      <button
        type="button"
        className={l.page}
        aria-label="Page précédente"
        disabled={p.page <= 1}
        onClick={() => p.onPage(p.page - 1)}
      >
        ‹
      </button>
      {plage(p.page, p.pages).map((n, i) =>
        n === null ? (
          <span key={`…${i}`} aria-hidden="true">
            …
          </span>
        ) : (
          <button
            key={n}
            type="button"
            className={l.page}
            aria-label={`Page ${n}`}
            aria-current={n === p.page ? 'page' : undefined}
            onClick={() => p.onPage(n)}
          >
            {n}
          </button>
        ),
      )}
      <button
        type="button"
        className={l.page}
        aria-label="Page suivante"
        disabled={p.page >= p.pages}
        onClick={() => p.onPage(p.page + 1)}
      >
        ›
      </button>
    </nav>
  );
});
