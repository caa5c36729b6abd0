/** A jeune's follow-up status at the Mission Locale; the matcher proposes only `actif` jeunes. */
export enum JeuneStatut {
  ACTIF = 'actif',
  EN_EMPLOI = 'en_emploi',
  EN_FORMATION = 'en_formation',
  SORTI = 'sorti',
}

export const STATUT_LIBELLE: Record<JeuneStatut, string> = {
  [JeuneStatut.ACTIF]: 'actif',
  [JeuneStatut.EN_EMPLOI]: 'en emploi',
  [JeuneStatut.EN_FORMATION]: 'en formation',
  [JeuneStatut.SORTI]: 'sorti',
};

/** Accompaniment programmes: CEJ jeunes are a priority for proposals in many MLs. */
export enum Programme {
  CEJ = 'CEJ',
  PACEA = 'PACEA',
  PPAE = 'PPAE',
  AUCUN = 'aucun',
}

export type Canal = 'email' | 'sms';
export const CANAUX: Canal[] = ['email', 'sms'];

/** How a consent was given or withdrawn. */
export enum ConsentSource {
  /** Recorded by the conseiller (in person, by phone). */
  CONSEILLER = 'conseiller',
  /** The jeune's own link, in any message. */
  LIEN_JEUNE = 'lien_jeune',
  /** A "STOP" answer to an SMS. */
  SMS_STOP = 'sms_stop',
  /** The CSV import from the ML's information system. */
  IMPORT = 'import',
}

/** Age bands of the dashboards and of the anonymous statistics kept after erasure. */
export const TRANCHES_AGE = ['16-17', '18-21', '22-25', '26+'] as const;
export type TrancheAge = (typeof TRANCHES_AGE)[number];

export const FICHES_ROME_MAX = 5;
