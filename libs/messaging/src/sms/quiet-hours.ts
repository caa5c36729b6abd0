import getJoursFeries from '@socialgouv/jours-feries';

/** SMS go out between these hours, Paris time, Monday to Saturday, never on a public holiday. */
export const SMS_HOURS = { from: 8, to: 20 } as const;
const ZONE = 'Europe/Paris';

interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The wall-clock time in Paris of an instant. */
export function parisTime(at: Date): LocalDate & { hour: number; minute: number; second: number } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return {
    year: p.year,
    month: p.month,
    day: p.day,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
  };
}

/** The instant of a wall-clock time in Paris (for hours that exist: 08:00 always does). */
export function parisInstant(d: LocalDate, hour: number, minute = 0): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  // The offset at the guessed instant; corrected once more near a DST change.
  let at = guess - offsetMs(new Date(guess));
  at = guess - offsetMs(new Date(at));
  return new Date(at);
}

function offsetMs(at: Date): number {
  const p = parisTime(at);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    Math.floor(at.getTime() / 1000) * 1000
  );
}

const holidayCache = new Map<number, Set<string>>();
const key = (d: LocalDate) => `${d.year}-${d.month}-${d.day}`;

/** Metropolitan public holidays (Alsace-Moselle's two extra days are not counted). */
export function isPublicHoliday(d: LocalDate): boolean {
  let set = holidayCache.get(d.year);
  if (!set) {
    // The package builds dates at local midnight: read them back in local time.
    set = new Set(
      Object.values(getJoursFeries(d.year)).map((h) =>
        key({ year: h.getFullYear(), month: h.getMonth() + 1, day: h.getDate() }),
      ),
    );
    holidayCache.set(d.year, set);
  }
  return set.has(key(d));
}

const dayOfWeek = (d: LocalDate) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
const nextDay = (d: LocalDate): LocalDate => {
  const n = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: n.getUTCFullYear(), month: n.getUTCMonth() + 1, day: n.getUTCDate() };
};
const isSmsDay = (d: LocalDate) => dayOfWeek(d) !== 0 && !isPublicHoliday(d);

/** `now` when an SMS may go now; otherwise the next allowed time (08:00 Paris of the next allowed day). */
export function nextSmsSlot(now: Date): Date {
  const local = parisTime(now);
  if (isSmsDay(local) && local.hour >= SMS_HOURS.from && local.hour < SMS_HOURS.to) return now;
  let day: LocalDate = local;
  if (!isSmsDay(day) || local.hour >= SMS_HOURS.to) day = nextDay(day);
  while (!isSmsDay(day)) day = nextDay(day);
  return parisInstant(day, SMS_HOURS.from);
}
