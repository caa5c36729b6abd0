import { DomainError } from '@app/core';
import { CONTRATS_A_DUREE } from './offre-codes';

export interface OffreTerms {
  typeContrat: string;
  dureeValeur: number | null;
  dureeUnite: string | null;
  heuresHebdo: number;
  dateDebut: string;
  travailNuit: boolean;
  ouverteMineurs: boolean;
  salaireMontant: number | null;
  salaireUnite: string | null;
}

/** Today in Europe/Paris, as YYYY-MM-DD: a start date is compared to the French calendar day. */
export function parisDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}

/** Rules across fields (single-field formats are checked by the DTO). */
export function checkOffreRules(o: OffreTerms, now: Date, { dateDebutChanged = true } = {}): void {
  if (dateDebutChanged && o.dateDebut < parisDate(now)) {
    throw DomainError.invalid('dateDebut', 'La date de début ne peut pas être dans le passé.');
  }
  if (CONTRATS_A_DUREE.includes(o.typeContrat) && (!o.dureeValeur || !o.dureeUnite)) {
    throw DomainError.invalid(
      'dureeValeur',
      `La durée du contrat (en mois ou en semaines) est obligatoire pour un contrat ${o.typeContrat}.`,
    );
  }
  if (o.dureeValeur && !o.dureeUnite) {
    throw DomainError.invalid('dureeUnite', 'Précisez si la durée est en mois ou en semaines.');
  }
  // Code du travail L3163-1: no night work for minors (22 h – 6 h).
  if (o.travailNuit && o.ouverteMineurs) {
    throw DomainError.invalid(
      'ouverteMineurs',
      'Une offre avec travail de nuit ne peut pas être ouverte aux mineurs (travail de nuit interdit avant 18 ans).',
    );
  }
  if (o.salaireMontant !== null && !o.salaireUnite) {
    throw DomainError.invalid('salaireUnite', 'Précisez si le salaire est horaire ou mensuel.');
  }
}

/** The fields the matcher depends on: changing one on a published offer re-runs matching. */
export const CRITERES_MATCHING = [
  'codeRome',
  'communeInsee',
  'dateDebut',
  'typeContrat',
  'permisB',
  'niveauDiplome',
  'experience',
  'ouverteMineurs',
  'travailNuit',
  'distanceMaxKm',
  'candidatsSouhaites',
  'nombrePostes',
] as const;
