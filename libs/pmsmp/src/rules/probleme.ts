/** One broken rule: the field it is about (as the API names it) and a French message. */
export interface Probleme {
  field: string;
  code: string;
  message: string;
}

export const probleme = (field: string, code: string, message: string): Probleme => ({
  field,
  code,
  message,
});

/** Hours with at most two decimals, for messages ("7,5 h"). */
export const h = (minutes: number) =>
  `${(Math.round((minutes / 60) * 100) / 100).toString().replace('.', ',')} h`;
