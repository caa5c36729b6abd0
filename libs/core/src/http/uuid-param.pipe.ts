import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/** `@Param('id', UuidPipe)`: a malformed id is a 400 naming the parameter, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) {
      const field = metadata.data ?? 'id';
      throw new DomainError('VALIDATION', `« ${field} » doit être un identifiant (UUID) valide.`, {
        field,
      });
    }
    return value;
  }
}
