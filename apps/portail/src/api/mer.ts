/**
 * What an employer sees of a mise en relation (libs/mises-en-relation/src/query/mer.view.ts,
 * MerEmployeurView). Written by hand: that controller does not declare its response type.
 */
export interface MerEmployeur {
  id: string;
  offreId: string;
  statut: string;
  statutLibelle: string;
  statutAt: string;
  entretienAt: string | null;
  contrat: {
    typeContrat: string;
    dateDebut: string;
    dateFin: string | null;
    heuresHebdo: number;
  } | null;
  candidat: {
    id: string;
    prenom: string;
    nom: string;
    mineur: boolean;
    communeNom: string | null;
    fichesRome: string[];
    experiences: { codeRome: string; dureeMois: number }[];
    niveauDiplome: string | null;
    permisB: boolean;
    vehicule: boolean;
    disponibleLe: string | null;
    tempsPartielUniquement: boolean;
    contact: { email: string | null; telephone: string | null } | null;
  };
  transitions?: { action: string; from: string | null; to: string; at: string; byRole: string }[];
}

/** Statuses where the employer's answer is expected (interview set: the outcome). */
export const EN_ATTENTE_EMPLOYEUR = ['transmise_employeur', 'entretien', 'sans_reponse_employeur'];

export const MOTIFS_NON_RETENUE = [
  { value: 'profil', label: 'Profil ne correspondant pas' },
  { value: 'absence_entretien', label: "Absence à l'entretien" },
  { value: 'poste_pourvu', label: 'Poste déjà pourvu' },
  { value: 'autre', label: 'Autre' },
];
