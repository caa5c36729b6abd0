/**
 * The API's errors (RFC 9457 problem+json) as the forms show them: one message per field,
 * without the « field » prefix the API adds for API clients, and the rest for the summary.
 */
export interface Problem {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  field?: string;
  errors?: { field: string; code?: string; message: string }[];
  [key: string]: unknown;
}

export const isProblem = (v: unknown): v is Problem =>
  !!v && typeof v === 'object' && ('detail' in v || 'code' in v);

const withoutFieldPrefix = (message: string) =>
  message.replace(/^« [^»]+ » /, '').replace(/^./, (c) => c.toUpperCase());

/** Field → message; nested fields keep their path ("entreprise.siret"). */
export function fieldErrors(problem: Problem | undefined | null): Record<string, string> {
  if (!problem) return {};
  const out: Record<string, string> = {};
  for (const e of problem.errors ?? []) out[e.field] ??= withoutFieldPrefix(e.message);
  if (problem.field && !out[problem.field] && problem.detail)
    out[problem.field] = withoutFieldPrefix(problem.detail).replace(/\.$/, '');
  return out;
}

/** The sentence for the error summary at the top of a form. */
export function problemSummary(problem: Problem | undefined | null): string {
  if (!problem) return 'Une erreur est survenue : réessayez.';
  return problem.detail ?? problem.title ?? 'Une erreur est survenue : réessayez.';
}

/** Thrown by the API helpers so that TanStack Query keeps the problem. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problemSummary(problem));
  }
}
