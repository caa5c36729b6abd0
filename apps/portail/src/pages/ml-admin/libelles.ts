export const ROLES: Record<string, string> = {
  admin: 'Administrateur',
  cre: 'Chargé(e) de relations entreprises',
  conseiller: 'Conseiller',
  employeur: 'Employeur',
};

export const ROLES_EQUIPE = ['admin', 'cre', 'conseiller'].map((value) => ({
  value,
  label: ROLES[value],
}));
