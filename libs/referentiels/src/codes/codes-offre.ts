/**
 * France Travail's code lists for an offer's fields, with the French labels the forms show.
 * Each list is an array (its order is the order of the forms' select boxes).
 */
export interface CodeLibelle<C extends string = string> {
  code: C;
  libelle: string;
}

export const TYPES_CONTRAT = [
  { code: 'CDI', libelle: 'Contrat à durée indéterminée' },
  { code: 'CDD', libelle: 'Contrat à durée déterminée' },
  { code: 'MIS', libelle: "Mission d'intérim" },
  { code: 'SAI', libelle: 'Contrat saisonnier' },
  { code: 'DDI', libelle: "CDD d'insertion" },
  { code: 'TTI', libelle: "Contrat de travail temporaire d'insertion" },
  { code: 'DIN', libelle: 'CDI intérimaire' },
] as const satisfies readonly CodeLibelle[];

export const NATURES_CONTRAT = [
  { code: 'E1', libelle: 'Contrat de travail' },
  { code: 'E2', libelle: "Contrat d'apprentissage" },
  { code: 'FS', libelle: 'Contrat de professionnalisation' },
  { code: 'FT', libelle: 'Parcours emploi compétences (CUI-CAE)' },
  { code: 'FU', libelle: 'Contrat initiative emploi (CUI-CIE)' },
] as const satisfies readonly CodeLibelle[];

export const EXPERIENCES = [
  { code: 'D', libelle: 'Débutant accepté' },
  { code: 'S', libelle: 'Expérience souhaitée' },
  { code: 'E', libelle: 'Expérience exigée' },
] as const satisfies readonly CodeLibelle[];

/** European qualification levels; many jeunes have no diploma ("infra 3"). */
export const NIVEAUX_DIPLOME = [
  { code: 'INFRA_3', libelle: 'Sans diplôme (infra 3)' },
  { code: '3', libelle: 'CAP, BEP (niveau 3)' },
  { code: '4', libelle: 'Baccalauréat (niveau 4)' },
  { code: '5', libelle: 'Bac+2 : BTS, DUT (niveau 5)' },
  { code: '6', libelle: 'Bac+3 : licence, BUT (niveau 6)' },
  { code: '7', libelle: 'Bac+5 : master, ingénieur (niveau 7)' },
] as const satisfies readonly CodeLibelle[];

export type TypeContrat = (typeof TYPES_CONTRAT)[number]['code'];
export type NatureContrat = (typeof NATURES_CONTRAT)[number]['code'];
export type Experience = (typeof EXPERIENCES)[number]['code'];
export type NiveauDiplome = (typeof NIVEAUX_DIPLOME)[number]['code'];

export const TYPE_CONTRAT_CODES = TYPES_CONTRAT.map((c) => c.code);
export const NATURE_CONTRAT_CODES = NATURES_CONTRAT.map((c) => c.code);
export const EXPERIENCE_CODES = EXPERIENCES.map((c) => c.code);
export const NIVEAU_DIPLOME_CODES = NIVEAUX_DIPLOME.map((c) => c.code);

const has = <C extends string>(list: readonly CodeLibelle<C>[], code: unknown): code is C =>
  typeof code === 'string' && list.some((c) => c.code === code);
const label = (list: readonly CodeLibelle[], code: string) =>
  list.find((c) => c.code === code)?.libelle ?? null;

export const isTypeContrat = (code: unknown): code is TypeContrat => has(TYPES_CONTRAT, code);
export const isNatureContrat = (code: unknown): code is NatureContrat => has(NATURES_CONTRAT, code);
export const isExperience = (code: unknown): code is Experience => has(EXPERIENCES, code);
export const isNiveauDiplome = (code: unknown): code is NiveauDiplome => has(NIVEAUX_DIPLOME, code);

export const typeContratLabel = (code: string) => label(TYPES_CONTRAT, code);
export const natureContratLabel = (code: string) => label(NATURES_CONTRAT, code);
export const experienceLabel = (code: string) => label(EXPERIENCES, code);
export const niveauDiplomeLabel = (code: string) => label(NIVEAUX_DIPLOME, code);
