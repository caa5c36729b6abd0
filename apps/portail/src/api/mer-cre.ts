import type { Schemas } from './client';

/**
 * A mise en relation as the CRE sees it (libs/mises-en-relation/src/query/mer.view.ts, MerView),
 * as the OpenAPI document types it.
 */
export interface NoteCritere {
  note: number;
  poids: number;
  points: number;
}

/** The matcher's breakdown (empty for a hand proposal; libs/matching/src/scoring). */
export interface DetailScore {
  total?: number;
  criteres?: Record<string, NoteCritere>;
  distanceKm?: number;
}

/**
 * The one narrowing of the generated type: the API documents `detail` as a free object (a JSON
 * column the matcher fills), the screening table reads its criteria.
 */
export type MerCre = Omit<Schemas['MerView'], 'detail'> & { detail: DetailScore };

/** One line of `POST mises-en-relation/tri`, and the whole answer (200 or 207). */
export type LigneTri = Schemas['LigneTri'];
export type ResultatTri = Schemas['ResultatTri'];

export const nomJeune = (m: MerCre) => `${m.jeune?.prenom ?? ''} ${m.jeune?.nom ?? ''}`.trim();

/** libs/mises-en-relation/src/lifecycle/mer-motifs.ts */
export const MOTIFS_ECART = [
  { value: 'profil', label: 'Le profil ne correspond pas' },
  { value: 'mobilite', label: 'Trop loin ou pas de moyen de transport' },
  { value: 'disponibilite', label: "Pas disponible aux dates de l'offre" },
  { value: 'projet', label: 'Ne correspond pas au projet du jeune' },
  { value: 'mer_recente', label: 'Déjà présenté(e) récemment à cette entreprise' },
  { value: 'autre', label: 'Autre' },
];

export const MOTIFS_DESISTEMENT = [
  { value: 'autre_emploi', label: 'A trouvé un autre emploi ou une formation' },
  { value: 'plus_interesse', label: "N'est plus intéressé(e)" },
  { value: 'indisponible', label: "N'est plus disponible" },
  { value: 'autre', label: 'Autre' },
];

export const CRITERE_LIBELLE: Record<string, string> = {
  fiche: 'Métier',
  distance: 'Distance',
  diplome: 'Diplôme',
  experience: 'Expérience',
  disponibilite: 'Disponibilité',
  programme: 'Programme',
  attente: 'Attente',
};

/** libs/mises-en-relation/src/lifecycle/mer-statut.ts (MER_STATUT_LIBELLE), board order. */
export const MER_STATUTS: { value: string; label: string }[] = [
  { value: 'proposee', label: 'Proposée, à examiner' },
  { value: 'retenue', label: 'Proposée au jeune, réponse attendue' },
  { value: 'acceptee_jeune', label: 'Acceptée par le jeune' },
  { value: 'transmise_employeur', label: "Transmise à l'employeur" },
  { value: 'entretien', label: 'Entretien prévu' },
  { value: 'sans_reponse_employeur', label: "Sans réponse de l'employeur" },
  { value: 'recrutee', label: 'Recrutement' },
  { value: 'non_retenue', label: "Non retenue par l'employeur" },
  { value: 'ecartee', label: 'Écartée' },
  { value: 'declinee_jeune', label: 'Déclinée par le jeune' },
  { value: 'sans_reponse_jeune', label: 'Sans réponse du jeune' },
  { value: 'desistement', label: 'Désistement du jeune' },
  { value: 'annulee', label: 'Annulée (offre close)' },
  { value: 'embauche_ailleurs', label: 'Embauché(e) ailleurs' },
];

export const MER_ATTENDUS = [
  { value: 'employeur', label: "L'employeur" },
  { value: 'jeune', label: 'Le jeune' },
  { value: 'cre', label: 'Le CRE' },
];

/** The employer's answer is awaited: a reminder and a phone answer make sense. */
export const CHEZ_EMPLOYEUR = ['transmise_employeur', 'entretien', 'sans_reponse_employeur'];
/** A withdrawal is possible once the jeune was told (libs/…/mer-transitions.ts, DESISTER). */
export const DESISTABLES = ['retenue', 'acceptee_jeune', ...CHEZ_EMPLOYEUR];
