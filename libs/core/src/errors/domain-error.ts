import { ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * The one error type services throw. It carries a code (mapped to an HTTP status by the
 * problem-details filter), a French message for the user, and the field concerned when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      field?: string;
      errors?: FieldError[];
      retryAfterSeconds?: number;
      /** Extra members of the problem body (e.g. the current status, the possible duplicates). */
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get field(): string | undefined {
    return this.options.field;
  }

  static notFound(what = 'La ressource demandée'): DomainError {
    return new DomainError('NOT_FOUND', `${what} est introuvable.`);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('VALIDATION', message, {
      field,
      errors: [{ field, code: 'rule', message }],
    });
  }

  static forbidden(message = "Vous n'avez pas les droits pour cette action."): DomainError {
    return new DomainError('FORBIDDEN', message);
  }
}
