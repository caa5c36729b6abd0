import { DomainError } from '@app/core';
import { ageAt, ageOn, checkAgeInscription, isMineur, naissanceBounds, parisDay } from './age';

describe('age', () => {
  it('counts full years on the Paris calendar day', () => {
    expect(ageOn('2008-12-01', '2026-11-30')).toBe(17);
    expect(ageOn('2008-12-01', '2026-12-01')).toBe(18);
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(parisDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(isMineur('2008-12-01', new Date('2026-11-30T23:30:00Z'))).toBe(false);
    expect(isMineur('2008-12-01', new Date('2026-11-30T22:30:00Z'))).toBe(true);
  });

  it('turns a 29 February birthday on 1 March', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('accepts 16 to 25 at registration and names dateNaissance otherwise', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    expect(() => checkAgeInscription('2010-12-01', now)).not.toThrow();
    expect(() => checkAgeInscription('2000-12-02', now)).not.toThrow();
    for (const date of ['2010-12-02', '2000-12-01']) {
      try {
        checkAgeInscription(date, now);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).field).toBe('dateNaissance');
      }
    }
    expect(ageAt('2000-12-01', now)).toBe(26);
  });

  it('gives the birth dates of an age band, consistent with ageOn', () => {
    const day = '2028-02-29';
    const { du, au } = naissanceBounds(day, 18, 21);
    expect(ageOn(du, day)).toBe(21);
    expect(ageOn(au, day)).toBe(18);
    const before = new Date(`${du}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    expect(ageOn(before.toISOString().slice(0, 10), day)).toBe(22);
    const after = new Date(`${au}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    expect(ageOn(after.toISOString().slice(0, 10), day)).toBe(17);
  });
});
