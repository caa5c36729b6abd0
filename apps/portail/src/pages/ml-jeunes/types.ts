import type { Schemas } from '../../api/client';

/**
 * GET /jeunes/:id by role: everything with each consent (conseiller, admin), or the CRE's
 * screening view, without contact details, saying only whether the jeune can be told.
 */
export type JeuneProfil = Schemas['JeuneConseillerView'] | Schemas['JeuneCreView'];

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
