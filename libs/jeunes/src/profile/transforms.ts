/** Trims strings; an empty string becomes null so that optional fields can be cleared. */
export const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Emails are compared and stored trimmed and lowercased. */
export const emailTransform = ({ value }: { value: unknown }) =>
  trimToNull({ value: typeof value === 'string' ? value.toLowerCase() : value });

/** `g1603` is G1603. */
export const upperCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v))
    : value;

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const INSEE_PATTERN = /^(\d{5}|2[AB]\d{3})$/;
export const ROME_PATTERN = /^[A-N]\d{4}$/;
