import { api, ok } from './client';

/**
 * Routes whose controllers do not declare their response (or query) type in the OpenAPI
 * document: called through the same client (cookie, CSRF, problem+json), typed by the page.
 */
type Query = Record<string, string | number | boolean | undefined>;

export const lire = <T>(path: string, query?: Query): Promise<T> =>
  ok(api.GET(path as never, { params: { query } } as never)) as Promise<T>;

export const envoyer = <T>(
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  body: unknown = {},
): Promise<T> => {
  const call = api[method] as (p: never, init: never) => ReturnType<typeof api.POST>;
  return ok(call(path as never, { body } as never)) as Promise<T>;
};
