import { ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';
import { flattenValidationErrors } from './validation-messages';

/** Whitelist, refuse unknown fields, transform; errors become one VALIDATION problem naming the fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    exceptionFactory: (validationErrors) => {
      const errors = flattenValidationErrors(validationErrors);
      const first = errors[0];
      return new DomainError('VALIDATION', first ? `${first.message}.` : 'Données invalides.', {
        field: first?.field,
        errors,
      });
    },
  });
}
