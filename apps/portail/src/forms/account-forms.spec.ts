import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  MotDePasseDto,
  PASSWORD_MIN_LENGTH as API_MIN,
} from '../../../../libs/accounts/src/users/personne.dto';
import { SIRET_MESSAGES as API_SIRET } from '../../../../libs/entreprises/src/validation/is-siret.decorator';
import { fieldErrors, problemSummary } from '../api/problem';
import { PASSWORD_MESSAGE, PASSWORD_MIN_LENGTH, passwordErrors } from './password';
import { SIRET_MESSAGES, siretError } from './siret';

describe('Account forms (the portal): the API’s rules and messages', () => {
  it('SIRET: spaces allowed, length and checksum with the API’s messages', () => {
    expect(SIRET_MESSAGES).toEqual(API_SIRET);
    expect(siretError('732 829 320 00074')).toBeNull();
    expect(siretError('7328293200007')).toBe(API_SIRET.format);
    expect(siretError('73282932000075')).toBe(API_SIRET.checksum);
  });

  it('password: same minimum and message as the API, and the confirmation', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(API_MIN);
    const [error] = validateSync(plainToInstance(MotDePasseDto, { password: 'court' }));
    expect(Object.values(error.constraints!)).toEqual([PASSWORD_MESSAGE]);
    expect(passwordErrors('court')).toEqual({ password: PASSWORD_MESSAGE });
    expect(passwordErrors('un-mot-de-passe-long', 'autre')).toEqual({
      confirmation: 'Les deux mots de passe ne sont pas identiques',
    });
  });

  it('problem+json from the API: one message per field, without the « field » prefix', () => {
    const problem = {
      code: 'VALIDATION',
      detail: '« entreprise.siret » Le SIRET doit comporter 14 chiffres.',
      field: 'entreprise.siret',
      errors: [
        {
          field: 'entreprise.siret',
          message: '« entreprise.siret » Le SIRET doit comporter 14 chiffres',
        },
        { field: 'email', message: '« email » doit être une adresse e-mail valide' },
      ],
    };
    expect(fieldErrors(problem)).toEqual({
      'entreprise.siret': 'Le SIRET doit comporter 14 chiffres',
      email: 'Doit être une adresse e-mail valide',
    });
    expect(
      fieldErrors({
        code: 'OFFRE_DOUBLON',
        field: 'dateDebut',
        detail: '« dateDebut » La date de début ne peut pas être dans le passé.',
      }),
    ).toEqual({
      dateDebut: 'La date de début ne peut pas être dans le passé',
    });
    expect(problemSummary(problem)).toMatch(/SIRET/);
  });
});
