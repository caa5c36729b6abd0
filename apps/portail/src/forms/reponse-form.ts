import type { components } from '../api/schema';

export type ReponseBody = components['schemas']['ReponseEmployeurDto'];
export type Resultat = ReponseBody['resultat'];

export interface ReponseValues {
  resultat: Resultat | '';
  /** datetime-local: "2026-12-10T14:30" (Paris time, as the employer reads it). */
  entretienAt: string;
  typeContrat: string;
  dateDebut: string;
  dateFin: string;
  heuresHebdo: string;
  motif: string;
  commentaire: string;
}

export const emptyReponse = (): ReponseValues => ({
  resultat: '',
  entretienAt: '',
  typeContrat: 'CDD',
  dateDebut: '',
  dateFin: '',
  heuresHebdo: '35',
  motif: '',
  commentaire: '',
});

const A_DUREE = ['CDD', 'MIS', 'SAI'];

/** The API's messages (libs/mises-en-relation/src/lifecycle/mer-embauche.service.ts). */
export const REPONSE_MESSAGES = {
  resultat: 'Choisissez votre réponse',
  entretienAt: "Indiquez la date et l'heure de l'entretien.",
  dateDebut: 'Indiquez la date de début (AAAA-MM-JJ).',
  dateFin: 'Un contrat à durée déterminée a une date de fin.',
  dateFinAvant: 'La date de fin suit la date de début.',
  heuresHebdo: 'Heures par semaine : entre 1 et 48.',
  motif: 'Choisissez un motif',
} as const;

export function validateReponse(v: ReponseValues): Record<string, string> {
  const e: Record<string, string> = {};
  if (!v.resultat) e.resultat = REPONSE_MESSAGES.resultat;
  if (v.resultat === 'entretien' && !v.entretienAt) e.entretienAt = REPONSE_MESSAGES.entretienAt;
  if (v.resultat === 'recrutee') {
    if (!v.dateDebut) e.dateDebut = REPONSE_MESSAGES.dateDebut;
    if (A_DUREE.includes(v.typeContrat) && !v.dateFin) e.dateFin = REPONSE_MESSAGES.dateFin;
    else if (v.dateFin && v.dateDebut && v.dateFin < v.dateDebut)
      e.dateFin = REPONSE_MESSAGES.dateFinAvant;
    const h = Number(v.heuresHebdo.replace(',', '.'));
    if (!(h > 0 && h <= 48)) e.heuresHebdo = REPONSE_MESSAGES.heuresHebdo;
  }
  if (v.resultat === 'non_retenue' && !v.motif) e.motif = REPONSE_MESSAGES.motif;
  return e;
}

/** `toIso`: local date-time → ISO (the browser knows its offset; injectable for tests). */
export function toReponseBody(
  v: ReponseValues,
  toIso = (local: string) => new Date(local).toISOString(),
): ReponseBody {
  const commentaire = v.commentaire.trim() ? { commentaire: v.commentaire.trim() } : {};
  if (v.resultat === 'entretien')
    return { resultat: 'entretien', entretienAt: toIso(v.entretienAt), ...commentaire };
  if (v.resultat === 'recrutee')
    return {
      resultat: 'recrutee',
      typeContrat: v.typeContrat,
      dateDebut: v.dateDebut,
      ...(v.dateFin ? { dateFin: v.dateFin } : {}),
      heuresHebdo: Number(v.heuresHebdo.replace(',', '.')),
      ...commentaire,
    };
  return { resultat: 'non_retenue', motif: v.motif, ...commentaire };
}
