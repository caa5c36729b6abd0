/**
 * The jeunes module's views as this area uses them (libs/jeunes/src/views; its controller
 * declares no response types). Never a contact detail: the CRE's view has none.
 */
export interface JeuneResume {
  id: string;
  nom: string;
  prenom: string;
  age: number;
  mineur: boolean;
  statut: string;
  programme: string;
  communeNom: string | null;
  fichesRome: string[];
  disponibleLe: string | null;
}

export interface JeunesPage {
  items: JeuneResume[];
  total: number;
  page: number;
  parPage: number;
}

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
