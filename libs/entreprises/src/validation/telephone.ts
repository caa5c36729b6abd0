import { Transform } from 'class-transformer';
import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { registerDecorator, ValidationOptions } from 'class-validator';

const DEFAULT_COUNTRY: CountryCode = 'FR';

export const TELEPHONE_MESSAGE = "Le numéro de téléphone n'est pas valide";

/** E.164 (`+33612345678`) for a valid number, written the French way or not; null otherwise. */
export function normaliseTelephone(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, DEFAULT_COUNTRY);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * A phone number, stored in E.164 so that SMS sending and duplicate checks see one form.
 * Uses the full metadata ("max"): the default one only checks lengths.
 */
export function IsTelephone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    // An empty string clears the field; an invalid number is kept as typed for the message.
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      if (value.trim() === '') return null;
      return normaliseTelephone(value) ?? value;
    })(target, propertyName);
    registerDecorator({
      name: 'isTelephone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: TELEPHONE_MESSAGE, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^\+\d{6,15}$/.test(value) && !!normaliseTelephone(value),
      },
    });
  };
}
