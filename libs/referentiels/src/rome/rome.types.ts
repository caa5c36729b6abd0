/** What the référentiel tells of a ROME fiche. */
export interface FicheRome {
  code: string;
  libelle: string;
  /** The grand domaine's letter (A–N). */
  domaine: string;
  domaineLibelle: string;
}

export interface Appellation {
  codeOgr: string;
  libelle: string;
  codeRome: string;
}

/** A fiche found by search, with the appellations that matched (best first, at most 3). */
export interface RomeSearchResult extends FicheRome {
  appellations: { codeOgr: string; libelle: string }[];
}
