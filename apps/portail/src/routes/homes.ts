import type { Role } from './route-kit';

/**
 * Where each role lands on `/` (its home). The employer's home is the page at `/` itself; a role
 * without an entry here sees it too. One line per area, added by that area.
 */
export const HOME_BY_ROLE: Partial<Record<Role, string>> = {
  conseiller: '/ml/conseiller',
  cre: '/ml/a-traiter',
  admin: '/ml/a-traiter',
  operateur: '/ml/rapport/reseau',
};
