import { bornes, periode, precedente } from './periode';

describe('periods', () => {
  it('places Paris midnight, summer and winter time', () => {
    expect(bornes({ du: '2025-01-01', au: '2025-12-31' })).toEqual({
      from: new Date('2024-12-31T23:00:00Z'),
      to: new Date('2025-12-31T23:00:00Z'),
    });
    expect(bornes({ du: '2025-07-01', au: '2025-07-31' }).from).toEqual(
      new Date('2025-06-30T22:00:00Z'),
    );
  });

  it('compares with the period just before, of the same length', () => {
    expect(precedente({ du: '2025-01-01', au: '2025-12-31' })).toEqual({
      du: '2024-01-01',
      au: '2024-12-31',
    });
    expect(precedente({ du: '2025-03-01', au: '2025-03-31' })).toEqual({
      du: '2025-02-01',
      au: '2025-02-28',
    });
    expect(precedente({ du: '2025-03-10', au: '2025-03-19' })).toEqual({
      du: '2025-02-28',
      au: '2025-03-09',
    });
  });

  it('defaults to the current calendar year in Paris, and refuses an inverted period', () => {
    expect(periode(undefined, undefined, new Date('2025-12-31T23:30:00Z'))).toEqual({
      du: '2026-01-01',
      au: '2026-12-31',
    });
    expect(() => periode('2025-02-01', '2025-01-01', new Date())).toThrow(/précède/);
  });
});
