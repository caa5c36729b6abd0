import { accessibleColour, contrast, DEFAULT_COULEUR, palette } from './couleurs';

describe('A structure’s colour in the portal', () => {
  it('keeps a dark enough colour and darkens a light one to AA contrast with white text', () => {
    expect(accessibleColour('#1f5c7a')).toBe('#1f5c7a');
    expect(contrast(DEFAULT_COULEUR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const jaune = accessibleColour('#ffd400');
    expect(jaune).not.toBe('#ffd400');
    expect(contrast(jaune, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the default on a missing or malformed colour; ten shades, the base at 6', () => {
    expect(accessibleColour(null)).toBe(DEFAULT_COULEUR);
    expect(accessibleColour('rouge')).toBe(DEFAULT_COULEUR);
    const p = palette('#c0392b');
    expect(p).toHaveLength(10);
    expect(p[6]).toBe(accessibleColour('#c0392b'));
    expect(contrast(p[0], '#1a1a1a')).toBeGreaterThan(contrast(p[6], '#1a1a1a'));
  });
});
