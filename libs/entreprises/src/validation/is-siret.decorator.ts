import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { normaliseSiret, siretProblem } from './siret';

export const SIRET_MESSAGES = {
  format: 'Le SIRET doit comporter 14 chiffres',
  checksum: "Le SIRET n'est pas valide (clé de contrôle incorrecte)",
} as const;

/**
 * A SIRET: spaces are stripped (the stored value is 14 digits), then the length and the
 * checksum are checked, each with its own French message.
 */
export function IsSiret(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Transform(({ value }) => (typeof value === 'string' ? normaliseSiret(value) : value))(
      target,
      propertyName,
    );
    registerDecorator({
      name: 'isSiret',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && siretProblem(normaliseSiret(value)) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          const problem = typeof value === 'string' ? siretProblem(normaliseSiret(value)) : null;
          return SIRET_MESSAGES[problem ?? 'format'];
        },
      },
    });
  };
}
