/** The employer's answer, from the link's form or the API. */
export interface ReponseEmployeur {
  resultat: 'entretien' | 'recrutee' | 'non_retenue';
  /** ISO date-time (entretien). */
  entretienAt?: string;
  typeContrat?: string;
  dateDebut?: string;
  dateFin?: string;
  heuresHebdo?: number;
  motif?: string;
  commentaire?: string;
}
