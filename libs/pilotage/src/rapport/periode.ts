import { DomainError } from '@app/core';

export interface Periode {
  du: string;
  au: string;
}

const DAY = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** Midnight in Paris of a calendar date, as an instant. */
export function minuitParis(date: string): Date {
  const guess = utc(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(guess);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asParis = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess.getTime() - (asParis - guess.getTime()));
}

/** [from, to) instants of a period of Paris dates, `au` included. */
export function bornes(p: Periode): { from: Date; to: Date } {
  return { from: minuitParis(p.du), to: minuitParis(ymd(new Date(utc(p.au).getTime() + DAY))) };
}

/** The period asked for, the current calendar year (Paris) by default. */
export function periode(du: string | undefined, au: string | undefined, now: Date): Periode {
  const annee = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
  }).format(now);
  const p = { du: du ?? `${annee}-01-01`, au: au ?? `${annee}-12-31` };
  if (p.au < p.du) throw DomainError.invalid('au', 'La fin de la période précède son début.');
  if (utc(p.au).getTime() - utc(p.du).getTime() > 3 * 366 * DAY) {
    throw DomainError.invalid('au', 'La période ne peut pas dépasser trois ans.');
  }
  return p;
}

/**
 * The period just before, of the same length: whole months shift by months (a year → the year
 * before, leap or not), anything else by days.
 */
export function precedente(p: Periode): Periode {
  const du = utc(p.du);
  const lendemain = new Date(utc(p.au).getTime() + DAY);
  if (du.getUTCDate() === 1 && lendemain.getUTCDate() === 1) {
    const mois =
      (lendemain.getUTCFullYear() - du.getUTCFullYear()) * 12 +
      lendemain.getUTCMonth() -
      du.getUTCMonth();
    const debut = new Date(Date.UTC(du.getUTCFullYear(), du.getUTCMonth() - mois, 1));
    return { du: ymd(debut), au: ymd(new Date(du.getTime() - DAY)) };
  }
  const jours = Math.round((lendemain.getTime() - du.getTime()) / DAY);
  return { du: ymd(new Date(du.getTime() - jours * DAY)), au: ymd(new Date(du.getTime() - DAY)) };
}
