/** The operations of the OpenAPI document (/docs-json), and the pages kept out of it. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  nullable?: boolean;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: Schema }>;
  body?: Schema;
  /** The form pages post `application/x-www-form-urlencoded`. */
  form?: boolean;
}

type Doc = {
  paths: Record<string, Record<string, { parameters?: any[]; requestBody?: any }>>;
  components?: { schemas?: Record<string, Schema> };
};

/** Routes kept out of /docs (pages behind links, webhooks, dev inbox): fuzzed all the same. */
export const HIDDEN_OPERATIONS: Operation[] = [
  ...[
    'compte/activer',
    'prolonger-offre',
    'mer/jeune',
    'mer/employeur',
    'mer/suivi',
    'preferences',
    'desabonnement',
  ].flatMap((base): Operation[] => [
    { method: 'get', path: `/${base}/{token}`, pathParams: ['token'], query: [] },
    { method: 'post', path: `/${base}/{token}`, pathParams: ['token'], query: [], form: true },
  ]),
  { method: 'get', path: '/l/{code}', pathParams: ['code'], query: [] },
  {
    method: 'post',
    path: '/webhooks/sms/{provider}',
    pathParams: ['provider'],
    query: [],
    body: {},
  },
  { method: 'post', path: '/webhooks/email/brevo', pathParams: [], query: [], body: {} },
  { method: 'get', path: '/dev/sms', pathParams: [], query: [] },
  { method: 'post', path: '/dev/sms/reponse', pathParams: [], query: [], form: true },
];

export function operationsOf(doc: Doc): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const body = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method as Operation['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: body ? resolve(doc, body) : undefined,
      });
    }
  }
  return out;
}

/** Inlines `$ref` and `allOf` (DTOs extending others), to a bounded depth. */
export function resolve(doc: Doc, schema: Schema, depth = 0): Schema {
  if (depth > 6) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(doc, doc.components?.schemas?.[name] ?? {}, depth + 1);
  }
  if (schema.allOf) {
    return schema.allOf
      .map((s) => resolve(doc, s, depth + 1))
      .reduce<Schema>(
        (a, b) => ({
          ...a,
          ...b,
          properties: { ...a.properties, ...b.properties },
          required: [...(a.required ?? []), ...(b.required ?? [])],
        }),
        {},
      );
  }
  const out: Schema = { ...schema };
  if (schema.items) out.items = resolve(doc, schema.items, depth + 1);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, resolve(doc, v, depth + 1)]),
    );
  }
  return out;
}
