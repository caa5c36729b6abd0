import type { Critere } from './poids';

export interface NoteCritere {
  /** 0..1 */
  note: number;
  poids: number;
  /** note × poids, before scaling to 100. */
  points: number;
}

/** What a CRE sees behind a score: each criterion's note and weight, and the facts used. */
export interface ScoreDetail {
  total: number;
  criteres: Record<Critere, NoteCritere>;
  correspondance: 'exacte' | 'domaine';
  fiche: string;
  rang: number;
  distanceKm: number;
  /** The jeune's mobility radius, and the smaller of it and the offer's max distance. */
  rayonKm: number;
  limiteKm: number;
  disponibleLe: string | null;
  programme: string;
  niveauDiplome: number;
  experienceMois: number;
  attenteJours: number;
}

/** A candidate row as retrieval returns it (one jeune × one wanted fiche). */
export interface CandidatRow {
  jeuneId: string;
  fiche: string;
  rang: number;
  structureId: string;
  distanceKm: number;
  rayonKm: number;
  niveauDiplome: number;
  experienceMois: number;
  disponibleLe: string | null;
  programme: string;
  attenteDepuis: Date;
  propositionsOuvertes: number;
}

/** What matching needs of an offer (read from the offres module). */
export interface OffreCriteres {
  id: string;
  structureId: string;
  codeRome: string;
  lat: number | null;
  lon: number | null;
  dateDebut: string;
  permisB: boolean;
  niveauDiplome: string | null;
  experience: 'D' | 'S' | 'E';
  ouverteMineurs: boolean;
  travailNuit: boolean;
  tempsPartiel: boolean;
  distanceMaxKm: number;
  candidatsSouhaites: number;
  versionCriteres: number;
}

/** 'INFRA_3' → 0, '3'..'7' → 3..7, anything else (no requirement) → null. */
export function niveauNumerique(code: string | null | undefined): number | null {
  if (!code) return null;
  if (code === 'INFRA_3') return 0;
  const n = Number(code);
  return Number.isInteger(n) && n >= 3 && n <= 7 ? n : null;
}
