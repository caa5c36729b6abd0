import { adminArea } from './admin';
import { conseillerArea } from './conseiller';
import { creArea } from './cre';
import { employeurArea } from './employeur';
import { rapportArea } from './rapport';
import { NavEntry, PortalArea, Role } from './route-kit';

/** Every area of the portal, in the order of the main menu. */
export const AREAS: PortalArea[] = [employeurArea, creArea, conseillerArea, adminArea, rapportArea];

export const navFor = (role: Role): NavEntry[] =>
  AREAS.flatMap((a) => a.nav).filter((e) => e.roles.includes(role));
