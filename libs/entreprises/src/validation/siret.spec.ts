import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '@app/core';
import { IsSiret, SIRET_MESSAGES } from './is-siret.decorator';
import { isValidSiret, normaliseSiret, siretProblem } from './siret';

class Form {
  @IsSiret() siret: string;
}

const validate = (siret: unknown) => {
  const form = plainToInstance(Form, { siret });
  return { form, errors: flattenValidationErrors(validateSync(form)) };
};

describe('SIRET', () => {
  it('accepts a real SIRET that passes Luhn', () => {
    expect(siretProblem('73282932000074')).toBeNull();
  });

  it('accepts La Poste establishments whose digits add up to a multiple of 5, without Luhn', () => {
    // 3+5+6+4+9+8+3+7 = 45; Luhn would refuse it.
    expect(siretProblem('35600000049837')).toBeNull();
    expect(siretProblem('35600000010000')).toBeNull();
  });

  it("keeps Luhn for La Poste's head office, which predates the exception", () => {
    expect(siretProblem('35600000000048')).toBeNull();
  });

  it('refuses a La Poste SIRET whose digits do not add up to a multiple of 5, even if Luhn passes', () => {
    expect(siretProblem('35600000010013')).toBe('checksum');
  });

  it('refuses a wrong length or non-digits as a format problem', () => {
    expect(siretProblem('7328293200007')).toBe('format');
    expect(siretProblem('732829320000745')).toBe('format');
    expect(siretProblem('7328293200007A')).toBe('format');
  });

  it('refuses a bad checksum', () => {
    expect(siretProblem('73282932000075')).toBe('checksum');
  });

  it('tolerates spaces the way SIRET are printed', () => {
    expect(normaliseSiret(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(isValidSiret('732 829 320 00074')).toBe(true);
    expect(isValidSiret(73282932000074)).toBe(false);
  });
});

describe('@IsSiret()', () => {
  it('stores the SIRET without spaces', () => {
    const { form, errors } = validate('732 829 320 00074');
    expect(errors).toEqual([]);
    expect(form.siret).toBe('73282932000074');
  });

  it('says, in French, that 13 digits are not a SIRET', () => {
    expect(validate('7328293200007').errors).toEqual([
      { field: 'siret', code: 'isSiret', message: `« siret » ${SIRET_MESSAGES.format}` },
    ]);
    expect(SIRET_MESSAGES.format).toBe('Le SIRET doit comporter 14 chiffres');
  });

  it('says, in French, that the checksum is wrong', () => {
    expect(validate('73282932000075').errors[0].message).toBe(
      "« siret » Le SIRET n'est pas valide (clé de contrôle incorrecte)",
    );
  });

  it('refuses what is not a string', () => {
    expect(validate(12345678901234).errors[0].message).toBe(`« siret » ${SIRET_MESSAGES.format}`);
  });
});
