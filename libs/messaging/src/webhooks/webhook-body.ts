import { DomainError } from '@app/core';

/** A provider posts one event or a batch; beyond this, it is not a provider. */
export const MAX_WEBHOOK_EVENTS = 1000;
/** Longest value of a provider's field we read (ids, numbers, statuses, a reply text). */
export const MAX_WEBHOOK_VALUE = 2000;

const invalid = (field: string, message: string) =>
  DomainError.invalid(field, `« ${field} » ${message}.`);

/**
 * The webhooks take the providers' own JSON (no DTO: each provider has its shape), so this
 * checks what the parsers rely on: objects (or a list of them), whose values are scalars of
 * bounded length. Anything else is a 400 naming the field, never a TypeError.
 */
export function webhookEvents(body: unknown): Record<string, unknown>[] {
  const events = Array.isArray(body) ? body : [body];
  if (events.length > MAX_WEBHOOK_EVENTS) {
    throw invalid('corps', `ne peut pas contenir plus de ${MAX_WEBHOOK_EVENTS} événements`);
  }
  events.forEach((event, i) => {
    const at = Array.isArray(body) ? `[${i}]` : '';
    if (!event || typeof event !== 'object' || Array.isArray(event)) {
      throw invalid(at || 'corps', 'doit être un objet (un événement du fournisseur)');
    }
    for (const [key, value] of Object.entries(event)) {
      const field = at ? `${at}.${key}` : key;
      if (value === null || typeof value === 'boolean') continue;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw invalid(field, 'doit être un nombre fini');
        continue;
      }
      if (typeof value !== 'string') {
        // Nested objects (tags, metadata) are ignored by the parsers but bounded here.
        if (JSON.stringify(value).length > MAX_WEBHOOK_VALUE * 5) {
          throw invalid(field, 'est trop volumineux');
        }
        continue;
      }
      if (value.length > MAX_WEBHOOK_VALUE) {
        throw invalid(field, `doit contenir au plus ${MAX_WEBHOOK_VALUE} caractères`);
      }
    }
  });
  return events as Record<string, unknown>[];
}

/** The fields the parsers read as text (they call string methods on them): strings only. */
export function assertTextFields(
  events: Record<string, unknown>[],
  fields: string[],
  batch: boolean,
) {
  events.forEach((event, i) => {
    for (const key of fields) {
      const value = event[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') {
        const field = batch ? `[${i}].${key}` : key;
        throw invalid(field, 'doit être un texte');
      }
    }
  });
}
