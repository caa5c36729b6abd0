import { DomainError } from '@app/core';
import { TrancheAge } from './jeune-codes';

export const AGE_MIN_INSCRIPTION = 16;
export const AGE_MAX_INSCRIPTION = 25;

/** The calendar day in Europe/Paris (YYYY-MM-DD): birthdays turn at midnight in France. */
export function parisDay(instant: Date): string {
  const t = instant.getTime();
  if (t !== last.t) last = { t, day: PARIS_DAY.format(instant) };
  return last.day;
}

// The last answer: an import asks the same instant (its start, or the first import's) per row.
let last = { t: NaN, day: '' };

// Built once: building an Intl formatter costs far more than formatting (imports call this a lot).
const PARIS_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' });

/** Full years on a given day (both YYYY-MM-DD); a 29 February birthday turns on 1 March. */
export function ageOn(dateNaissance: string, day: string): number {
  const [by, bm, bd] = dateNaissance.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageAt(dateNaissance: string, now: Date): number {
  return ageOn(dateNaissance, parisDay(now));
}

/** Derived, never stored: it changes on the 18th birthday without anyone writing anything. */
export function isMineur(dateNaissance: string, now: Date): boolean {
  return ageAt(dateNaissance, now) < 18;
}

export function trancheAge(age: number): TrancheAge {
  if (age < 18) return '16-17';
  if (age < 22) return '18-21';
  if (age < 26) return '22-25';
  return '26+';
}

/** The birth dates of people whose age is in [min, max] on `day`: for SQL filters. */
export function naissanceBounds(day: string, min: number, max: number): { du: string; au: string } {
  const [y, m, d] = day.split('-').map(Number);
  const shift = (years: number, plusOneDay: boolean) => {
    const date = new Date(Date.UTC(y - years, m - 1, d));
    // 29 February minus N years where there is none: JS rolls to 1 March, one day too far.
    if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
    if (plusOneDay) date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  };
  return { du: shift(max + 1, true), au: shift(min, false) };
}

/** 16 to 25 on the registration day (Paris time), or a 400 naming `dateNaissance`. */
export function checkAgeInscription(dateNaissance: string, inscription: Date): void {
  const age = ageAt(dateNaissance, inscription);
  if (age < AGE_MIN_INSCRIPTION) {
    throw DomainError.invalid(
      'dateNaissance',
      `Un jeune doit avoir au moins ${AGE_MIN_INSCRIPTION} ans à l'inscription (${age} ans d'après la date de naissance).`,
    );
  }
  if (age > AGE_MAX_INSCRIPTION) {
    throw DomainError.invalid(
      'dateNaissance',
      `Un jeune doit avoir au plus ${AGE_MAX_INSCRIPTION} ans à l'inscription (${age} ans d'après la date de naissance) : la Mission Locale accompagne les 16-25 ans.`,
    );
  }
}
