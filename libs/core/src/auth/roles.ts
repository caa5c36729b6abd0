export enum Role {
  ADMIN = 'admin',
  CRE = 'cre',
  CONSEILLER = 'conseiller',
  EMPLOYEUR = 'employeur',
  /** The platform's operator (queue dashboard, every structure's jobs): no structure's data. */
  OPERATEUR = 'operateur',
}

/** The identity a request acts as, decoded from its access token. */
export interface AuthUser {
  id: string;
  structureId: string;
  role: Role;
  email: string;
}

/** Staff of the Mission Locale, as opposed to employers. */
export const STAFF_ROLES = [Role.ADMIN, Role.CRE, Role.CONSEILLER];
