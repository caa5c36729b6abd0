import { Schemas } from '../../api/client';

type ATraiter = Schemas['ATraiterView'];

export interface Tache {
  cle: keyof ATraiter;
  libelle: string;
  lien: string;
}

/**
 * Each figure of the home and where it leads. The MER board and screening pages are issue 14b's,
 * immersions and messages 14c's: these paths were agreed between the three.
 */
export const TACHES: Tache[] = [
  { cle: 'offresAValider', libelle: 'Offres à valider', lien: '/ml/offres?statut=a_valider' },
  { cle: 'propositionsATrier', libelle: 'Propositions à trier', lien: '/ml/tri' },
  {
    cle: 'acceptees',
    libelle: 'Acceptées par le jeune, à transmettre',
    lien: '/ml/mises-en-relation?attendu=cre',
  },
  {
    cle: 'attenteEmployeur',
    libelle: 'En attente de l’employeur',
    lien: '/ml/mises-en-relation?attendu=employeur',
  },
  {
    cle: 'aAppeler',
    libelle: 'Employeurs à appeler',
    lien: '/ml/mises-en-relation?statut=sans_reponse_employeur',
  },
  {
    cle: 'attenteJeune',
    libelle: 'En attente du jeune',
    lien: '/ml/mises-en-relation?attendu=jeune',
  },
  {
    cle: 'suivisEchus',
    libelle: 'Suivis après embauche sans réponse',
    lien: '/ml/mises-en-relation?suivi=echu',
  },
  {
    cle: 'immersionsAValider',
    libelle: 'Immersions (PMSMP) à valider',
    lien: '/ml/immersions?statut=signee',
  },
  {
    cle: 'rattachementsAValider',
    libelle: 'Comptes employeurs à valider',
    lien: '/ml/entreprises?rattachements=en_attente',
  },
  { cle: 'messagesEnEchec', libelle: 'Messages en échec', lien: '/ml/admin/messages?statut=echec' },
];
