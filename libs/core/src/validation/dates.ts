/**
 * `AAAA-MM-JJ` that exists in the calendar: `2026-02-30` matches a pattern but is no day, and
 * `new Date()` silently rolls it over (or gives "Invalid time value" with an impossible hour).
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** `AAAA-MM-JJTHH:MM` (a datetime-local field) that exists: a real day, 00:00 to 23:59. */
export function isLocalDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return !!m && isCalendarDay(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59;
}

/** Any date-time string `Date` can read; false for "Invalid Date". */
export const isValidDateTime = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));
