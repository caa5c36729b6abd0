/** The form's labels by API field (the error summary) and the step each field is on. */
export const LIBELLES: Record<string, string> = {
  jeuneId: 'Jeune',
  entrepriseId: 'Structure d’accueil',
  'accueil.activite': 'Activité de la structure d’accueil',
  'accueil.representant.email': 'E-mail du représentant de l’accueil',
  'accueil.representant.telephone': 'Téléphone du représentant de l’accueil',
  'tuteur.email': 'E-mail du tuteur',
  'tuteur.telephone': 'Téléphone du tuteur',
  representantLegal: 'Représentant légal',
  'metier.codeRome': 'Code ROME',
  'metier.appellation': 'Métier',
  activites: 'Activités confiées',
  competences: 'Compétences à observer',
  dateDebut: 'Premier jour',
  dateFin: 'Dernier jour',
  horaires: 'Horaires',
  conditionsTravail: 'Conditions de travail',
  risques: 'Risques',
  equipementsProtection: 'Équipements de protection',
};

const PAR_ETAPE: [RegExp, number][] = [
  [/^(jeuneId|entrepriseId|accueil|beneficiaire)/, 0],
  [/^(tuteur|representantLegal)/, 1],
  [/^(objectif|metier|activites|competences)/, 2],
  [/^(dateDebut|dateFin|horaires|derogation)/, 3],
];

export const etapeDe = (field: string) => PAR_ETAPE.find(([re]) => re.test(field))?.[1] ?? 4;
