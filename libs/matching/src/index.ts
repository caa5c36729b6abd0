export * from './matching.module';
export * from './matching-api.module';
export * from './matching-worker.module';
export { MatchingConfig, matchingWorkerSettings } from './matching.config';
export { MatchingService } from './matching/matching.service';
export type { Bilan } from './matching/matching.service';
export { MatchingJobsService, LOT_BALAYAGE } from './matching/matching-jobs.service';
export { MatchingTriggers } from './triggers/matching-triggers.service';
export { PropositionsService } from './propositions/propositions.service';
export {
  PropositionStatut,
  PROPOSITION_ACTIVE,
  PROPOSITION_TRANSITIONS,
  PROPOSITION_STATUT_LIBELLE,
} from './propositions/proposition-statut';
export { Proposition } from './entities/proposition.entity';
export { CandidatsProjectionService } from './projection/candidats-projection.service';
export type { CandidatProjete } from './projection/candidat-projete';
export { ReglagesService } from './reglages/reglages.service';
export { RechercheService } from './retrieval/recherche.service';
export { FichesConnuesService } from './retrieval/fiches-connues.service';
export { RECHERCHE_SQL, rechercheValues } from './retrieval/recherche.sql';
export type { RechercheParams } from './retrieval/recherche.sql';
export { assigner, valeur } from './assignment/b-matching';
export type { Arete } from './assignment/b-matching';
export { score, pointsAttente } from './scoring/scoring';
export type { ScoringContext } from './scoring/scoring';
export { raisons } from './scoring/raisons';
export { poidsDeConfig } from './scoring/poids';
export type { CandidatRow, OffreCriteres } from './scoring/score-detail';
export { rechercheParams, analyser } from './matching/analyse-offre';
export { versCriteres, parisDay } from './matching/offre-criteres';
export { AccordsVoisinageService } from './accords/accords-voisinage.service';
export { AccordStatut, ACCORD_TRANSITIONS } from './accords/accord-transitions';
