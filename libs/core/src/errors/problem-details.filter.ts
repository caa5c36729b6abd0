import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { JsonTooDeepError, MAX_JSON_DEPTH } from '../http/edge/json-limits';
import { undecodableParamName } from '../http/edge/undecodable-param';
import { DomainError } from './domain-error';
import { ERROR_CODES, ErrorCode } from './error-codes';

const STATUS_TO_CODE: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

const DEFAULT_DETAIL: Partial<Record<ErrorCode, string>> = {
  MALFORMED_REQUEST: "La requête n'a pas pu être lue (JSON invalide ?).",
  UNAUTHENTICATED: 'Veuillez vous connecter.',
  FORBIDDEN: "Vous n'avez pas les droits pour cette action.",
  NOT_FOUND: "La ressource demandée n'existe pas.",
  PAYLOAD_TOO_LARGE: 'Le contenu envoyé est trop volumineux.',
  UNSUPPORTED_MEDIA_TYPE: "Le format du contenu envoyé n'est pas pris en charge.",
  RATE_LIMITED: 'Trop de tentatives : veuillez réessayer dans quelques minutes.',
  INTERNAL: 'Une erreur inattendue est survenue. Elle a été enregistrée ; veuillez réessayer.',
  SERVICE_UNAVAILABLE: 'Le service est momentanément indisponible.',
};

/**
 * Maps every error to one RFC 9457 problem+json body:
 * { type, title, status, code, detail, field?, errors?, instance, requestId }.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const { code, detail, field, errors, retryAfter, details } = this.describe(exception, req);
    const { status, title } = ERROR_CODES[code];
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : exception);
    if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
    res
      .status(status)
      .type('application/problem+json')
      .json({
        type: `/errors/${code.toLowerCase().replace(/_/g, '-')}`,
        title,
        status,
        code,
        detail,
        ...(field ? { field } : {}),
        ...(errors?.length ? { errors } : {}),
        ...details,
        instance: req.originalUrl?.split('?')[0],
        requestId: req.id,
      });
  }

  private describe(
    exception: unknown,
    req: Request,
  ): {
    code: ErrorCode;
    detail: string;
    field?: string;
    errors?: DomainError['options']['errors'];
    retryAfter?: number;
    details?: Record<string, unknown>;
  } {
    if (exception instanceof DomainError) {
      return {
        code: exception.code,
        detail: exception.message,
        field: exception.field,
        errors: exception.options.errors,
        retryAfter: exception.options.retryAfterSeconds,
        details: exception.options.details,
      };
    }
    const param = undecodableParamName(exception, req);
    if (param) {
      const message = `« ${param} » n'est pas correctement encodé dans l'adresse (séquence %xx invalide).`;
      return {
        code: 'VALIDATION',
        detail: message,
        field: param,
        errors: [{ field: param, code: 'encoding', message }],
      };
    }
    if (exception instanceof ThrottlerException) {
      return { code: 'RATE_LIMITED', detail: DEFAULT_DETAIL.RATE_LIMITED! };
    }
    if (exception instanceof HttpException) {
      const code =
        STATUS_TO_CODE[exception.getStatus()] ??
        (exception.getStatus() >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST');
      return { code, detail: DEFAULT_DETAIL[code] ?? ERROR_CODES[code].title };
    }
    if (exception instanceof JsonTooDeepError) {
      return {
        code: 'MALFORMED_REQUEST',
        detail: `Le JSON envoyé est imbriqué trop profondément (au plus ${MAX_JSON_DEPTH} niveaux).`,
      };
    }
    // body-parser errors (malformed JSON, too large) carry a status and a type.
    const status = (exception as { status?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = STATUS_TO_CODE[status] ?? 'MALFORMED_REQUEST';
      return { code, detail: DEFAULT_DETAIL[code] ?? ERROR_CODES[code].title };
    }
    return { code: 'INTERNAL', detail: DEFAULT_DETAIL.INTERNAL! };
  }
}
