import { Role } from '@app/core';

/** A fictional Mission Locale, for demonstrations and manual testing. Never real people. */
export const DEMO_STRUCTURE = {
  code: 'ml-demo-val-de-lys',
  nom: 'Mission Locale du Val-de-Lys (démo)',
  email: 'contact@ml-val-de-lys.demo',
  telephone: '+33320000000',
  /** The portal's colour for this ML (a green of the Lys valley; darkened if too light). */
  couleur: '#2f6b3f',
};

/** One password for every demo account, printed by the seed. */
export const DEMO_PASSWORD = 'demo-val-de-lys-2026';

export const DEMO_USERS = [
  { email: 'admin@ml-val-de-lys.demo', role: Role.ADMIN, prenom: 'Nadia', nom: 'Benali' },
  { email: 'cre@ml-val-de-lys.demo', role: Role.CRE, prenom: 'Julien', nom: 'Lefebvre' },
  {
    email: 'conseiller@ml-val-de-lys.demo',
    role: Role.CONSEILLER,
    prenom: 'Sophie',
    nom: 'Martin',
  },
  {
    email: 'recrutement@boulangerie-dupont.demo',
    role: Role.EMPLOYEUR,
    prenom: 'Marc',
    nom: 'Dupont',
  },
];
