import { matchRoutes } from 'react-router';
import { AREAS } from './areas';

const ROUTES = AREAS.flatMap((a) => a.routes);
const started = new Set<string>();

/**
 * Loads the code of the page at `to` ahead of the click (hover, focus, idle time): the click then
 * waits for the page's data only. The module is the one the route's `lazy` imports: the browser
 * keeps it, the router finds it ready.
 */
export function preloadRoute(to: string) {
  if (started.has(to)) return;
  started.add(to);
  const lazy = matchRoutes(ROUTES, to)?.at(-1)?.route.lazy;
  if (typeof lazy === 'function') void lazy().catch(() => started.delete(to));
}

/** The menu's pages, once the browser is idle (the CRE goes from one to the other all day). */
export function preloadAtIdle(paths: string[]) {
  const run = () => paths.forEach(preloadRoute);
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(run, { timeout: 3_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1_000);
  return () => clearTimeout(id);
}
