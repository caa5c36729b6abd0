/**
 * SMS length in segments (3GPP TS 23.038). A text written only with the GSM-7 default alphabet
 * fits 160 characters in one SMS (153 per part when split); any other character switches the
 * whole SMS to UCS-2: 70 characters (67 per part). For French: é è à ù É Ç are in GSM-7, but
 * ç â ê î ô û ë ï œ are not — one "ê" halves what an SMS can hold.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the extension table: an escape plus the character, two septets each. */
const EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export const isGsm7 = (text: string) => [...text].every((c) => basic.has(c) || extension.has(c));

export function smsLength(text: string): SmsLength {
  if (isGsm7(text)) {
    const sizes = [...text].map((c) => (extension.has(c) ? 2 : 1));
    return { encoding: 'GSM-7', ...pack(sizes, 160, 153) };
  }
  // A character outside the BMP (emoji) is two code units that must stay in the same part.
  const sizes = [...text].map((c) => c.length);
  return { encoding: 'UCS-2', ...pack(sizes, 70, 67) };
}

/** Parts never split an escape sequence or a surrogate pair. */
function pack(sizes: number[], single: number, part: number): { units: number; segments: number } {
  const units = sizes.reduce((a, b) => a + b, 0);
  if (units <= single) return { units, segments: units === 0 ? 0 : 1 };
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { units, segments };
}

/** Typography that has a GSM-7 equivalent with the same meaning. */
const TYPOGRAPHY: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/** French letters outside GSM-7, and the nearest letter inside it. */
const LETTERS: Record<string, string> = {
  â: 'a',
  ê: 'e',
  î: 'i',
  ô: 'o',
  û: 'u',
  ë: 'e',
  ï: 'i',
  ÿ: 'y',
  ç: 'c',
  á: 'a',
  í: 'i',
  ó: 'o',
  ú: 'u',
  À: 'A',
  Â: 'A',
  È: 'E',
  Ê: 'E',
  Ë: 'E',
  Î: 'I',
  Ï: 'I',
  Ô: 'O',
  Ù: 'U',
  Û: 'U',
  Ÿ: 'Y',
  œ: 'oe',
  Œ: 'OE',
};

/**
 * The text to send: typography made GSM-7, and French letters outside GSM-7 replaced by their
 * plain letter when that makes the whole text GSM-7 (a name like "Jérôme" must not turn a
 * one-part SMS into a three-part one). Text that needs UCS-2 anyway (emoji, other scripts)
 * keeps its accents.
 */
export function prepareSms(text: string): { text: string } & SmsLength {
  const typographic = [...text].map((c) => TYPOGRAPHY[c] ?? c).join('');
  const plain = [...typographic].map((c) => LETTERS[c] ?? c).join('');
  const chosen = isGsm7(plain) ? plain : typographic;
  return { text: chosen, ...smsLength(chosen) };
}
