/** What the matcher keeps of a jeune: one row of matching_jeunes, one per wanted fiche. */
export interface CandidatProjete {
  jeuneId: string;
  structureId: string;
  /** The jeunes module's version: an older one than stored is ignored. */
  version: number;
  /** Proposable at all: status `actif`, not anonymised, with a place. */
  actif: boolean;
  dateNaissance: string;
  lat: number | null;
  lon: number | null;
  rayonKm: number;
  permisB: boolean;
  /** 0 = no diploma (infra 3), else 3..7. */
  niveauDiplome: number;
  disponibleLe: string | null;
  tempsPartielSeul: boolean;
  /** Periods (inclusive days) the jeune cannot start in. */
  indisponibilites: { du: string; au: string }[];
  programme: 'CEJ' | 'PACEA' | 'PPAE' | 'aucun';
  /** Wanted fiches, first wish first (1 to 5), with the experience on each. */
  fiches: { fiche: string; experienceMois: number }[];
}

/** `[du, au]` inclusive days as a datemultirange literal, or null. */
export function multirange(periodes: { du: string; au: string }[]): string | null {
  const valid = periodes.filter(
    (p) => /^\d{4}-\d{2}-\d{2}$/.test(p.du) && /^\d{4}-\d{2}-\d{2}$/.test(p.au) && p.du <= p.au,
  );
  if (valid.length === 0) return null;
  return `{${valid.map((p) => `[${p.du},${p.au}]`).join(',')}}`;
}
