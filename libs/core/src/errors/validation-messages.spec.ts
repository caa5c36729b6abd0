import { IsEmail, IsInt, Max, MinLength, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import { flattenValidationErrors } from './validation-messages';

class Contact {
  @IsEmail() email: string;
}
class Form {
  @MinLength(3) nom: string;
  @IsInt() @Max(48) heures: number;
  @MinLength(12, { message: 'Le mot de passe est trop court' }) password: string;
  @ValidateNested({ each: true }) @Type(() => Contact) contacts: Contact[];
}

describe('flattenValidationErrors', () => {
  const errors = flattenValidationErrors(
    validateSync(
      plainToInstance(Form, {
        nom: 'ab',
        heures: 49,
        password: 'x',
        contacts: [{ email: 'ok@ok.fr' }, { email: 'non' }],
      }),
    ),
  );
  const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));

  it('translates default messages to French, keeping the numbers', () => {
    expect(byField.nom).toBe('« nom » doit contenir au moins 3 caractères');
    expect(byField.heures).toBe('« heures » doit être inférieur ou égal à 48');
  });

  it("keeps a DTO's own message", () => {
    expect(byField.password).toBe('« password » Le mot de passe est trop court');
  });

  it('names nested fields with their index', () => {
    expect(byField['contacts[1].email']).toBe(
      '« contacts[1].email » doit être une adresse e-mail valide',
    );
    expect(byField['contacts[0].email']).toBeUndefined();
  });

  it('says a missing field is required, whatever its first rule', () => {
    class Required {
      @MinLength(3) nom: string;
    }
    const [error] = flattenValidationErrors(validateSync(plainToInstance(Required, {})));
    expect(error).toEqual({ field: 'nom', code: 'isDefined', message: '« nom » est obligatoire' });
  });
});
