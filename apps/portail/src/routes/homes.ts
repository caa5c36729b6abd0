import type { Role } from './route-kit';

/**
 * Where each role lands on `/` (its home). The employer's home is the page at `/` itself; a role
 * without an entry here sees it too. One line per area, added by that area.
 */
export const HOME_BY_ROLE: Partial<Record<Role, string>> = {
  operateur: '/ml/rapport/reseau',
};
