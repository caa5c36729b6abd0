import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../../errors/domain-error';

/**
 * C0 control characters but tab, line feed and carriage return, DEL, and UTF-16 surrogates
 * standing alone: PostgreSQL refuses NUL in text, and lone surrogates make encodeURIComponent
 * and the UTF-8 encoder throw. No field of the service has a use for them.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasForbiddenCharacters = (s: string) => FORBIDDEN.test(s);

const pathOf = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** The path of the first string (value or key) with a forbidden character, if any. */
export function findForbiddenString(value: unknown, root = ''): string | undefined {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (FORBIDDEN.test(v)) return path;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, pathOf(path, i)]));
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        if (FORBIDDEN.test(k)) return path || 'corps';
        stack.push([item, pathOf(path, k)]);
      }
    }
  }
  return undefined;
}

/**
 * Global pipe, before validation: every body, query and path parameter of every route goes
 * through it once, so no string carrying control characters reaches a service or the database.
 */
@Injectable()
export class InputStringsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const field = findForbiddenString(value, root);
    if (field !== undefined) {
      const name = field || metadata.data || metadata.type;
      throw new DomainError(
        'VALIDATION',
        `« ${name} » contient des caractères non autorisés (caractères de contrôle ou encodage invalide).`,
        {
          field: name,
          errors: [{ field: name, code: 'controlCharacters', message: 'caractères non autorisés' }],
        },
      );
    }
    return value;
  }
}
