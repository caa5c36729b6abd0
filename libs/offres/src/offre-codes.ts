import { NATURE_CONTRAT_CODES, NIVEAU_DIPLOME_CODES, TYPE_CONTRAT_CODES } from '@app/referentiels';

/** The code lists an offer's fields take (France Travail's codes), from the référentiels. */
export { NATURE_CONTRAT_CODES, TYPE_CONTRAT_CODES };
export const DIPLOME_CODES = NIVEAU_DIPLOME_CODES;
/** Fixed-term contracts: their duration is required. */
export const CONTRATS_A_DUREE = ['CDD', 'MIS', 'SAI'];
