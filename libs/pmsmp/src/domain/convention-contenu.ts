import { Objectif } from './pmsmp-codes';

/**
 * The agreement as Cerfa 13912*04 lays it out, section by section. Copied from the jeune and the
 * entreprise at creation, then edited on the agreement itself: what is signed is this document.
 */
export interface Personne {
  nom: string;
  prenom: string;
  email: string;
  /** E.164. */
  telephone: string;
}

export interface Adresse {
  adresse: string;
  codePostal: string;
  commune: string;
}

export interface Plage {
  /** HH:MM, Paris wall-clock time. */
  debut: string;
  fin: string;
}

/** One day of presence: one or two time ranges. Days not listed are days off. */
export interface JourHoraire {
  date: string;
  plages: Plage[];
}

export interface ConventionContenu {
  beneficiaire: Personne & Adresse & { dateNaissance: string; niveauFormation?: string };
  /** Mandatory when the beneficiary is under 18 at the start date; signs the agreement. */
  representantLegal?: Personne & { qualite: string };
  /** The beneficiary's current employer, if any (it is told, it does not sign). */
  employeurActuel?: { raisonSociale: string; siret?: string; adresse?: string; email?: string };
  accueil: Adresse & {
    siret: string;
    raisonSociale: string;
    activite: string;
    effectif: string;
    representant: Personne & { fonction: string };
  };
  tuteur: Personne & { fonction: string };
  /** Where the immersion takes place, when it is not the host's address. */
  lieu: Adresse;
  prescripteur: { structure: string; conseiller: Personne };
  objectif: Objectif;
  /** The trade observed: ROME fiche and appellation. */
  metier: { codeRome: string; appellation: string };
  activites: string;
  competences: string;
  dateDebut: string;
  dateFin: string;
  horaires: JourHoraire[];
  /** Justification of work on Sundays or public holidays for a minor (exception of the law). */
  derogationDimancheFerie?: string;
  conditionsTravail: string;
  risques: string;
  equipementsProtection: string;
  transport?: string;
  restauration?: string;
}
