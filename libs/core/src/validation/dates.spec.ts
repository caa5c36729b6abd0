import { isCalendarDay, isLocalDateTime, isValidDateTime } from './dates';
import { isDecimal } from './decimal';

describe('dates and decimals that exist', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay(20260101)).toBe(false);
  });

  it('accepts datetime-local values with a real hour', () => {
    expect(isLocalDateTime('2026-12-01T09:30')).toBe(true);
    expect(isLocalDateTime('2026-02-30T25:99')).toBe(false);
    expect(isLocalDateTime('2026-12-01T24:00')).toBe(false);
    expect(isValidDateTime('2026-12-01T09:30:00Z')).toBe(true);
    expect(isValidDateTime('2026-02-30T25:99')).toBe(false);
  });

  it('counts decimals without throwing on exponent notation', () => {
    expect(isDecimal(35.5, 1)).toBe(true);
    expect(isDecimal(35.55, 1)).toBe(false);
    expect(isDecimal(-5e-324, 6)).toBe(false);
    expect(isDecimal(1e21, 2)).toBe(true);
    expect(isDecimal(Number.NaN, 2)).toBe(false);
  });
});
