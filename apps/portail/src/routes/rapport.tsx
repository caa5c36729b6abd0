import { PortalArea } from './route-kit';

/** The yearly report (issue 15): paths under /ml/rapport. */
export const rapportArea: PortalArea = { routes: [], nav: [] };
