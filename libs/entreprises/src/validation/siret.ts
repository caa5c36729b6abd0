/** La Poste's SIREN: its establishments' SIRET follow another checksum (see isValidSiret). */
const LA_POSTE_SIREN = '356000000';
/** La Poste's head office, registered before the exception: its SIRET passes Luhn. */
const LA_POSTE_SIEGE = '35600000000048';

/** People type SIRET the way they are printed ("732 829 320 00074"): spaces are dropped. */
export function normaliseSiret(value: string): string {
  return value.replace(/\s+/g, '');
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type SiretProblem = 'format' | 'checksum';

/** Why a (normalised) SIRET is refused, or null if it is valid. */
export function siretProblem(siret: string): SiretProblem | null {
  if (!/^\d{14}$/.test(siret)) return 'format';
  // INSEE gave La Poste's thousands of establishments NICs that break Luhn: for them the
  // rule is that the 14 digits add up to a multiple of 5.
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_SIEGE) {
    const sum = [...siret].reduce((total, c) => total + Number(c), 0);
    return sum % 5 === 0 ? null : 'checksum';
  }
  return luhn(siret) ? null : 'checksum';
}

export function isValidSiret(value: unknown): boolean {
  return typeof value === 'string' && siretProblem(normaliseSiret(value)) === null;
}
