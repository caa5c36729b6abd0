/** Reasons from lists (the free text goes alongside): reports count them. */
export const MOTIFS_ECART = {
  profil: 'Le profil ne correspond pas',
  mobilite: 'Trop loin ou pas de moyen de transport',
  disponibilite: "Pas disponible aux dates de l'offre",
  projet: 'Ne correspond pas au projet du jeune',
  mer_recente: 'Déjà présenté(e) récemment à cette entreprise',
  autre: 'Autre',
} as const;

export const MOTIFS_REFUS_JEUNE = {
  metier: 'Le métier ne me plaît pas',
  horaires: 'Les horaires ne me conviennent pas',
  distance: "C'est trop loin",
  contrat: 'Le contrat ne me convient pas',
  indisponible: 'Je ne suis pas disponible en ce moment',
  autre: 'Autre raison',
} as const;

export const MOTIFS_NON_RETENUE = {
  profil: 'Profil ne correspondant pas',
  absence_entretien: "Absence à l'entretien",
  poste_pourvu: 'Poste déjà pourvu',
  autre: 'Autre',
} as const;

export const MOTIFS_DESISTEMENT = {
  autre_emploi: 'A trouvé un autre emploi ou une formation',
  plus_interesse: "N'est plus intéressé(e)",
  indisponible: "N'est plus disponible",
  autre: 'Autre',
} as const;

export type MotifListe = Record<string, string>;

export function isMotif(liste: MotifListe, code: unknown): code is string {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(liste, code);
}
