/** ANSSI / CNIL: the API's rule (libs/accounts/src/users/personne.dto.ts; a test compares them). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MESSAGE = `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`;

export function passwordErrors(password: string, confirmation?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (password.length < PASSWORD_MIN_LENGTH) errors.password = PASSWORD_MESSAGE;
  if (confirmation !== undefined && confirmation !== password)
    errors.confirmation = 'Les deux mots de passe ne sont pas identiques';
  return errors;
}
