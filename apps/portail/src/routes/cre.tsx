import { PortalArea } from './route-kit';

/** The CRE's workspace (issue 14): paths under /ml/. */
export const creArea: PortalArea = { routes: [], nav: [] };
