// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
};
import { getMetadataStorage } from 'class-validator';
import { FieldError } from './domain-error';

/** Where @nestjs/swagger keeps each property's schema (DECORATORS.API_MODEL_PROPERTIES). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

type Ctor = new (...args: unknown[]) => object;

const validatedProperties = new Map<Ctor, Set<string>>();
function propertiesOf(type: Ctor): Set<string> {
  let props = validatedProperties.get(type);
  if (!props) {
    const metas = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    props = new Set(metas.map((m) => m.propertyName));
    validatedProperties.set(type, props);
  }
  return props;
}

/** A field may be null only when its OpenAPI schema says so (`nullable: true`): one source of truth. */
const isNullable = (type: Ctor, key: string): boolean =>
  Boolean(Reflect.getMetadata(API_MODEL_PROPERTIES, type.prototype, key)?.nullable);

const nestedType = (type: Ctor, key: string): Ctor | undefined =>
  defaultMetadataStorage.findTypeMetadata(type, key)?.typeFunction() as Ctor | undefined;

/**
 * class-validator's @IsOptional() lets `null` through like `undefined`, so `{"titre": null}`
 * reached NOT NULL columns and `{"experiences": null}` reached code expecting an array.
 * Explicit null is a value: refused on every validated field not declared nullable, nested DTOs
 * included. Runs on the plain body, before transformation.
 */
export function findExplicitNulls(value: unknown, type: Ctor, parent = ''): FieldError[] {
  const out: FieldError[] = [];
  if (!value || typeof value !== 'object') return out;
  const props = propertiesOf(type);
  for (const [key, item] of Object.entries(value)) {
    if (!props.has(key)) continue;
    const path = parent ? `${parent}.${key}` : key;
    if (item === null) {
      if (!isNullable(type, key)) {
        out.push({
          field: path,
          code: 'isNotNull',
          message: `« ${path} » ne peut pas être null : omettez le champ ou donnez une valeur`,
        });
      }
      continue;
    }
    const nested = typeof item === 'object' ? nestedType(type, key) : undefined;
    if (!nested || !propertiesOf(nested).size) continue;
    if (Array.isArray(item)) {
      item.forEach((el, i) => out.push(...findExplicitNulls(el, nested, `${path}[${i}]`)));
    } else out.push(...findExplicitNulls(item, nested, path));
  }
  return out;
}
