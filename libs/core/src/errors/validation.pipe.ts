import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from './domain-error';
import { findExplicitNulls } from './explicit-nulls';
import { flattenValidationErrors } from './validation-messages';

const toProblem = (errors: FieldError[]) => {
  const first = errors[0];
  return new DomainError('VALIDATION', first ? `${first.message}.` : 'Données invalides.', {
    field: first?.field,
    errors,
  });
};

/**
 * Whitelist, refuse unknown fields, refuse explicit nulls on non-nullable fields, transform;
 * errors become one VALIDATION problem naming the fields.
 */
class DomainValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype as (new (...args: unknown[]) => object) | undefined;
    if (type && metadata.type !== 'custom' && this.toValidate(metadata)) {
      // A route with a DTO and no body (no Content-Type) reads as an empty object, not undefined.
      if (value === undefined || value === null) value = {};
      const nulls = findExplicitNulls(value, type);
      if (nulls.length > 0) throw toProblem(nulls);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new DomainValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    exceptionFactory: (validationErrors) => toProblem(flattenValidationErrors(validationErrors)),
  });
}
