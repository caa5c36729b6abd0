import type { Schemas } from '../../api/client';

/** A line of the list (JeuneResumeView): never a contact detail, the CRE's view has none. */
export type JeuneResume = Schemas['JeuneResumeView'];

export interface Consentement {
  donne: boolean;
  at: string | null;
  source: string | null;
}

export interface JeuneProfil extends JeuneResume {
  communeInsee: string | null;
  niveauDiplome: string | null;
  rayonMobiliteKm: number;
  permisB: boolean;
  vehicule: boolean;
  transportsCommun: boolean;
  tempsPartielUniquement: boolean;
  experiences: { codeRome: string; dureeMois: number }[];
  /** CRE's view: can be told by email / SMS (an address and the consent). */
  joignable?: { email: boolean; sms: boolean };
  /** Conseiller's and admin's view: each consent with its date and source. */
  consentements?: { email: Consentement; sms: Consentement };
}

export interface ImportLigne {
  ligne: number;
  idExterne: string | null;
  statut: string;
  colonne?: string | null;
  motif?: string;
}

export interface ImportStatut {
  id: string;
  statut: 'en_attente' | 'en_cours' | 'termine' | 'echec';
  lignesLues: number;
  erreur: string | null;
  rapport?: {
    total: number;
    crees: number;
    modifies: number;
    inchanges: number;
    rejetes: number;
    lignes: ImportLigne[];
  };
}

export const STATUTS_JEUNE: Record<string, string> = {
  actif: 'Actif',
  en_emploi: 'En emploi',
  en_formation: 'En formation',
  sorti: 'Sorti',
};
