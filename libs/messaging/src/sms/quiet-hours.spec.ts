import getJoursFeries from '@socialgouv/jours-feries';
import { isPublicHoliday, nextSmsSlot, parisInstant } from './quiet-hours';

const paris = (iso: string) => {
  const [date, time] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return parisInstant({ year, month, day }, hour, minute);
};

describe('SMS quiet hours (08:00–20:00 Paris, not Sundays nor public holidays)', () => {
  it('converts Paris wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(paris('2030-01-15T08:00').toISOString()).toBe('2030-01-15T07:00:00.000Z');
    expect(paris('2030-07-15T08:00').toISOString()).toBe('2030-07-15T06:00:00.000Z');
  });

  it('Easter Monday 2030 is 22 April, a public holiday (checked with @socialgouv/jours-feries)', () => {
    const lundi = getJoursFeries(2030)['Lundi de Pâques'];
    expect([lundi.getFullYear(), lundi.getMonth() + 1, lundi.getDate()]).toEqual([2030, 4, 22]);
    expect(isPublicHoliday({ year: 2030, month: 4, day: 22 })).toBe(true);
    expect(isPublicHoliday({ year: 2030, month: 4, day: 23 })).toBe(false);
  });

  it('sends now inside the window, on a Saturday too', () => {
    const now = paris('2030-04-20T10:15');
    expect(nextSmsSlot(now)).toEqual(now);
    expect(nextSmsSlot(paris('2030-04-19T19:59'))).toEqual(paris('2030-04-19T19:59'));
  });

  it('Saturday 21:30 before Easter Monday → Tuesday 08:00', () => {
    expect(nextSmsSlot(paris('2030-04-20T21:30'))).toEqual(paris('2030-04-23T08:00'));
  });

  it('before 08:00 → 08:00 the same day; 20:00 sharp is already closed', () => {
    expect(nextSmsSlot(paris('2030-03-05T06:59'))).toEqual(paris('2030-03-05T08:00'));
    expect(nextSmsSlot(paris('2030-03-05T20:00'))).toEqual(paris('2030-03-06T08:00'));
  });

  it('Sunday → Monday 08:00; 14 July and Christmas are skipped', () => {
    expect(nextSmsSlot(paris('2030-03-10T11:00'))).toEqual(paris('2030-03-11T08:00'));
    expect(nextSmsSlot(paris('2030-07-13T20:30'))).toEqual(paris('2030-07-15T08:00'));
    // Tuesday 24 December 2030, evening: Christmas is Wednesday.
    expect(nextSmsSlot(paris('2030-12-24T21:00'))).toEqual(paris('2030-12-26T08:00'));
  });

  it('crosses the spring DST change (Sunday 31 March 2030) at the right hour', () => {
    expect(nextSmsSlot(paris('2030-03-30T22:00'))).toEqual(paris('2030-04-01T08:00'));
    expect(paris('2030-04-01T08:00').toISOString()).toBe('2030-04-01T06:00:00.000Z');
  });
});
