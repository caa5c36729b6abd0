/** The agreement as staff read it (libs/pmsmp/src/api/convention.view.ts), by hand. */
export interface ConventionDetail {
  id: string;
  statut: string;
  version: number;
  contenu: {
    beneficiaire: { prenom: string; nom: string; dateNaissance: string };
    accueil: { raisonSociale: string };
    tuteur: { prenom: string; nom: string };
    metier: { appellation: string };
    dateDebut: string;
    dateFin: string;
  };
  totaux: { heuresTotal: number; joursPresence: number };
  avertissements: { field: string; message: string }[];
  signatures: { signataire: string; nom: string; signedAt: string }[];
  signaturesAttendues: string[];
  motifRefus: string | null;
  valideeConseillerAt: string | null;
  bilan: { realisation: string; embauche: boolean } | null;
  pdf: { version: number; aJour: boolean } | null;
}

export const SIGNATAIRES: Record<string, string> = {
  beneficiaire: 'Le jeune (bénéficiaire)',
  representant_legal: 'Son représentant légal',
  entreprise: 'La structure d’accueil',
  tuteur: 'Le tuteur',
  prescripteur: 'La Mission Locale (vous)',
};
