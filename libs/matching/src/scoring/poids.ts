import { DomainError } from '@app/core';
import type { MatchingConfig } from '../matching.config';

/** The criteria of the score, each noted 0..1 and weighted. */
export const CRITERES = [
  'fiche',
  'distance',
  'diplome',
  'experience',
  'disponibilite',
  'programme',
  'attente',
] as const;
export type Critere = (typeof CRITERES)[number];
export type Poids = Record<Critere, number>;

export function poidsDeConfig(c: MatchingConfig): Poids {
  return {
    fiche: c.MATCHING_POIDS_FICHE,
    distance: c.MATCHING_POIDS_DISTANCE,
    diplome: c.MATCHING_POIDS_DIPLOME,
    experience: c.MATCHING_POIDS_EXPERIENCE,
    disponibilite: c.MATCHING_POIDS_DISPONIBILITE,
    programme: c.MATCHING_POIDS_PROGRAMME,
    attente: c.MATCHING_POIDS_ATTENTE,
  };
}

/** A structure's override, checked: known criteria, integers 0..100, not all zero. */
export function validerPoids(override: Record<string, unknown>): Partial<Poids> {
  const result: Partial<Poids> = {};
  for (const [key, value] of Object.entries(override)) {
    if (!(CRITERES as readonly string[]).includes(key)) {
      throw DomainError.invalid(
        `poids.${key}`,
        `Critère inconnu « ${key} » ; critères possibles : ${CRITERES.join(', ')}.`,
      );
    }
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 100) {
      throw DomainError.invalid(`poids.${key}`, 'Un poids est un entier de 0 à 100.');
    }
    result[key as Critere] = value as number;
  }
  return result;
}

export function fusionnerPoids(base: Poids, override: Partial<Poids> = {}): Poids {
  const merged = { ...base, ...validerPoids(override) };
  if (CRITERES.every((c) => merged[c] === 0)) return base;
  return merged;
}
