import { PortalArea } from './route-kit';

/** The administration of a structure (issue 14): paths under /ml/admin/. */
export const adminArea: PortalArea = { routes: [], nav: [] };
