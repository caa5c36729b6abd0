import { DomainError } from '@app/core';
import { checkAgeInscription } from '../domain/age';
import { Programme } from '../domain/jeune-codes';
import { Experience, Indisponibilite } from '../entities/jeune.entity';

/** The fields the rules across fields look at (a create, or an update merged onto the jeune). */
export interface JeuneRuleFields {
  dateNaissance: string;
  fichesRome: string[];
  experiences: Experience[];
  programme: Programme;
  programmeDebut: string | null;
  programmeFin: string | null;
  indisponibilites: Indisponibilite[];
}

/**
 * Rules across fields (single-field formats are the DTO's). `inscription` is the registration
 * instant: the age rule holds then, not today (a jeune registered at 25 stays followed at 26).
 */
export function checkJeuneRules(j: JeuneRuleFields, inscription: Date): void {
  checkAgeInscription(j.dateNaissance, inscription);
  if (new Set(j.fichesRome).size !== j.fichesRome.length) {
    throw DomainError.invalid('fichesRome', 'Une même fiche ROME est indiquée deux fois.');
  }
  const codes = j.experiences.map((e) => e.codeRome);
  if (new Set(codes).size !== codes.length) {
    throw DomainError.invalid(
      'experiences',
      'Une même fiche ROME a deux expériences : cumulez-les.',
    );
  }
  if (j.programme === Programme.AUCUN && (j.programmeDebut || j.programmeFin)) {
    throw DomainError.invalid('programme', 'Des dates de programme sont indiquées sans programme.');
  }
  if (j.programmeDebut && j.programmeFin && j.programmeFin < j.programmeDebut) {
    throw DomainError.invalid(
      'programmeFin',
      'La fin du programme ne peut pas précéder son début.',
    );
  }
  j.indisponibilites.forEach((p, i) => {
    if (p.au < p.du) {
      throw DomainError.invalid(
        `indisponibilites[${i}].au`,
        "La fin d'une période d'indisponibilité ne peut pas précéder son début.",
      );
    }
  });
}

/** What matching depends on: a change to one of them bumps `version` and emits `jeune.modifie`. */
export const CHAMPS_MATCHING = [
  'dateNaissance',
  'fichesRome',
  'experiences',
  'niveauDiplome',
  'communeInsee',
  'lat',
  'lon',
  'rayonMobiliteKm',
  'permisB',
  'vehicule',
  'transportsCommun',
  'disponibleLe',
  'tempsPartielUniquement',
  'indisponibilites',
  'programme',
  'programmeDebut',
  'programmeFin',
  'statut',
] as const;

/** Personal data: their values never go into logs, the audit, or the status log. */
export const CHAMPS_IDENTIFIANTS = [
  'nom',
  'prenom',
  'dateNaissance',
  'email',
  'telephone',
  'adresse',
  'idExterne',
  'notes',
] as const;
