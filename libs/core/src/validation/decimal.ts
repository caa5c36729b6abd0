import { ValidateBy, ValidationOptions } from 'class-validator';

/** A finite number with at most `places` decimals, whatever its notation. */
export function isDecimal(value: unknown, places: number): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  // Number.toFixed rounds to `places`; equal means no further decimals. Tiny exponents
  // (5e-324) are 0 at any reasonable precision, so they are refused unless exactly 0.
  return Number(value.toFixed(places)) === value;
}

/**
 * class-validator's `@IsNumber({ maxDecimalPlaces })` throws a TypeError on numbers it prints in
 * exponent notation (`1e-7`, `-5e-324`): a 500 for a JSON number. This one answers false.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNumber',
      constraints: [places],
      validator: {
        validate: (value) => isDecimal(value, places),
        defaultMessage: () => `doit être un nombre d'au plus ${places} décimale(s)`,
      },
    },
    options,
  );
}
