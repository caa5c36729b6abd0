import type { Request } from 'express';

interface RouteLayer {
  route?: { path?: unknown; methods?: Record<string, boolean> };
}

/**
 * Express's router throws `URIError: Failed to decode param '%zz'` (status 400) before any
 * handler runs (Nest rethrows it as a BadRequestException with that message), so the problem body could not say which parameter was wrong. This finds it:
 * the registered route whose literal segments match the request, and its `:name` at the place
 * of the undecodable segment.
 */
export function undecodableParamName(error: unknown, req: Request): string | undefined {
  // Nest maps the router's URIError to a BadRequestException carrying the same message.
  if (!(error instanceof Error)) return undefined;
  const raw = /^Failed to decode param '(.*)'$/s.exec(error.message)?.[1];
  if (raw === undefined) return undefined;
  const segments = (req.originalUrl ?? '').split('?')[0].split('/');
  const method = req.method.toLowerCase();
  const stack = (req.app as unknown as { router?: { stack?: RouteLayer[] } })?.router?.stack ?? [];
  for (const layer of stack) {
    const path = layer.route?.path;
    if (typeof path !== 'string' || !layer.route?.methods?.[method]) continue;
    const parts = path.split('/');
    if (parts.length !== segments.length) continue;
    let name: string | undefined;
    const matches = parts.every((part, i) => {
      if (part.startsWith(':')) {
        if (segments[i] === raw) name = part.slice(1);
        return true;
      }
      return part === segments[i];
    });
    if (matches && name) return name;
  }
  return 'chemin';
}
