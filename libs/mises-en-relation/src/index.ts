export * from './mises-en-relation.module';
export * from './mises-en-relation-api.module';
export * from './mises-en-relation-worker.module';
export { MerConfig } from './mer.config';
export { MiseEnRelation } from './entities/mise-en-relation.entity';
export type { Contrat } from './entities/mise-en-relation.entity';
export { MerTransitionLog } from './entities/mer-transition.entity';
export {
  MerStatut,
  MER_OUVERTES,
  MER_STATUT_LIBELLE,
  MER_VISIBLES_EMPLOYEUR,
} from './lifecycle/mer-statut';
export { MerAction, MER_TRANSITIONS } from './lifecycle/mer-transitions';
export * from './lifecycle/mer-motifs';
export { MerTriService } from './lifecycle/mer-tri.service';
export { MerReponsesService } from './lifecycle/mer-reponses.service';
export { MerEcheancesService } from './jobs/mer-echeances.service';
export { MerCreationService } from './lifecycle/mer-creation.service';
export { MerTriLotService } from './lifecycle/mer-tri-lot.service';
export { LigneTri, LigneTriErreur, ResultatTri } from './lifecycle/mer-tri-lot.view';
export { MerQueryService } from './query/mer-query.service';
export { MerATraiterService } from './query/mer-a-traiter.service';
export type { MerATraiter, MerAAppeler } from './query/mer-a-traiter.service';
export { MerHistoriqueService } from './lifecycle/mer-historique.service';
export { PURPOSE_EMPLOYEUR, PURPOSE_JEUNE } from './notifications/mer-links.service';
export {
  MerSuivi,
  MerSuiviConfig,
  MerSuiviService,
  MerSuiviStatistiquesService,
  PATH_SUIVI,
  PURPOSE_SUIVI,
} from './suivi';
export type { SuiviMois, SuiviRepondant, SuiviReponse } from './suivi';
