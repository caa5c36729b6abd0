/** Hand-written views of the routes whose controllers do not declare their response type. */
export interface JeuneResume {
  id: string;
  nom: string;
  prenom: string;
  age: number;
  mineur: boolean;
  statut: string;
  programme: string;
  communeNom: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface MerLigne {
  id: string;
  offreId: string;
  jeuneId: string;
  statut: string;
  statutLibelle: string;
  statutAt: string;
  attente: string | null;
  jeune?: { prenom: string; nom: string };
}

export const CONVENTION_STATUTS: Record<string, string> = {
  brouillon: 'Brouillon',
  a_signer: 'À signer',
  partiellement_signee: 'Partiellement signée',
  signee: 'Signée, à valider',
  validee: 'Validée',
  refusee: 'Refusée',
  annulee: 'Annulée',
};
