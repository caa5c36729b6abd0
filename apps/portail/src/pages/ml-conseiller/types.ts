import type { Schemas } from '../../api/client';

/** A mise en relation of one of my jeunes (GET /mises-en-relation, MerView). */
export type MerLigne = Schemas['MerView'];

export const CONVENTION_STATUTS: Record<string, string> = {
  brouillon: 'Brouillon',
  a_signer: 'À signer',
  partiellement_signee: 'Partiellement signée',
  signee: 'Signée, à valider',
  validee: 'Validée',
  refusee: 'Refusée',
  annulee: 'Annulée',
};
