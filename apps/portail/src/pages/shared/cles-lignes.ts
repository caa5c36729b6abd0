import { useMemo, useRef } from 'react';

/**
 * The React keys of a list's rows: a row that stays keeps its key (its DOM, its focus, its
 * checkbox); the rows that arrive take, in order, the keys of the rows that left in the same
 * render. A next page or a filter then rewrites the text of the 50 rows already there instead of
 * removing them and creating 50 more (a third of the action's time: bench/portail-tri.ts); a row
 * leaving alone (screened) is removed, the focus moves on as before (ml-tri/use-tri.ts).
 */
export function useClesLignes<T>(items: readonly T[], id: (item: T) => string): string[] {
  const avant = useRef(new Map<string, number>());
  return useMemo(() => {
    const precedentes = avant.current;
    const ids = items.map(id);
    const gardees = new Set<number>();
    for (const i of ids) {
      const cle = precedentes.get(i);
      if (cle !== undefined) gardees.add(cle);
    }
    const libres = [...precedentes.values()].filter((c) => !gardees.has(c)).sort((a, b) => a - b);
    let suivante = Math.max(-1, ...precedentes.values()) + 1;
    const maintenant = new Map<string, number>();
    const cles = ids.map((i) => {
      const cle = maintenant.get(i) ?? precedentes.get(i) ?? libres.shift() ?? suivante++;
      maintenant.set(i, cle);
      return String(cle);
    });
    // Read again by the next list only (run twice under StrictMode: the same keys come out).
    avant.current = maintenant;
    return cles;
    // `id` reads the item: the items are what changes.
  }, [items]);
}
