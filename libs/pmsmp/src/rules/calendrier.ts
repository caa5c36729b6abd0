import getJoursFeries from '@socialgouv/jours-feries';

/** Calendar arithmetic on YYYY-MM-DD days (UTC midnight: no time zone can shift a day). */
const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** Same day n months later; a day the month lacks (31, 29 Feb.) is its month's last day. */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return fromDate(new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return toDate(day).getUTCDay() || 7;
}

/** The Monday of the calendar week (Monday to Sunday) the day is in. */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

export function isValidDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && fromDate(toDate(day)) === day;
}

const holidays = new Map<number, Set<string>>();

/** Metropolitan public holidays (`@socialgouv/jours-feries`). */
export function isJourFerie(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let set = holidays.get(year);
  if (!set) {
    // The library gives local midnights of the process: read them in local time.
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    set = new Set(Object.values(getJoursFeries(year)).map(local));
    holidays.set(year, set);
  }
  return set.has(day);
}

/** Minutes since midnight of a well-formed HH:MM (24:00 allowed as an end). */
export function minutes(hhmm: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m) return null;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return v > 24 * 60 ? null : v;
}

/** Today in Europe/Paris (YYYY-MM-DD). */
export function parisToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}
