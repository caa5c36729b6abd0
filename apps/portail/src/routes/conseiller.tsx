import { PortalArea } from './route-kit';

/** The conseiller's view (issue 14): paths under /ml/conseiller/. */
export const conseillerArea: PortalArea = { routes: [], nav: [] };
