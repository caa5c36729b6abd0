/**
 * A structure's colour made usable: white text on it must reach the WCAG AA contrast (4.5:1,
 * RGAA criterion 3.2), so a colour too light is darkened until it does.
 */
export const DEFAULT_COULEUR = '#1f5c7a';

type Rgb = [number, number, number];
const toRgb = (hex: string): Rgb => {
  const h = /^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1) : DEFAULT_COULEUR.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
};
const toHex = (rgb: Rgb) =>
  '#' +
  rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((c, i) => c + (b[i] - c) * t) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(toRgb(a)), luminance(toRgb(b))].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The colour, darkened by steps of 5 % until white text on it reaches 4.5:1. */
export function accessibleColour(hex: string | null | undefined): string {
  let rgb = toRgb(hex ?? DEFAULT_COULEUR);
  for (let i = 0; i < 20 && contrast(toHex(rgb), '#ffffff') < 4.5; i++)
    rgb = mix(rgb, [0, 0, 0], 0.05);
  return toHex(rgb);
}

/** Ten shades for the component library, the accessible colour at index 6 (the one used). */
export function palette(hex: string | null | undefined): string[] {
  const base = toRgb(accessibleColour(hex));
  const white: Rgb = [255, 255, 255];
  const black: Rgb = [0, 0, 0];
  return [0.94, 0.86, 0.74, 0.6, 0.45, 0.25, 0, 0.15, 0.3, 0.45].map((t, i) =>
    toHex(i < 6 ? mix(base, white, t) : mix(base, black, t)),
  );
}
