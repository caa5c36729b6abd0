import { AuthUser, STAFF_ROLES } from '@app/core';

/** Staff of the Mission Locale see every entreprise of their structure, and the CRE's notes. */
export const isStaff = (user: AuthUser): boolean => STAFF_ROLES.includes(user.role);
