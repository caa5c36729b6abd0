import { distanceKm } from './haversine';

describe('distanceKm', () => {
  const paris = { lat: 48.8566, lon: 2.3522 };
  const lyon = { lat: 45.764, lon: 4.8357 };
  const marseille = { lat: 43.2965, lon: 5.3698 };

  it('gives known distances between cities (±1%)', () => {
    expect(distanceKm(paris, lyon)).toBeCloseTo(392, -1);
    expect(Math.abs(distanceKm(paris, marseille) - 661) / 661).toBeLessThan(0.01);
  });

  it('is zero for one point and symmetric', () => {
    expect(distanceKm(paris, paris)).toBe(0);
    expect(distanceKm(paris, lyon)).toBeCloseTo(distanceKm(lyon, paris), 9);
  });

  it('handles the antimeridian and antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.2, 0);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015, -1);
  });
});
