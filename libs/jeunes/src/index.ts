export * from './jeunes.module';
export * from './jeunes-api.module';
export * from './jeunes-worker.module';
export { JeunesConfig } from './jeunes.config';
export { JeunesService } from './profile/jeunes.service';
export { JeuneEditionService } from './profile/jeune-edition.service';
export { JeunesQueryService } from './query/jeunes-query.service';
export type { JeuneCompteurs } from './query/jeunes-query.service';
export { JeunePrivacyService } from './privacy/jeune-privacy.service';
export type { JeuneExport } from './privacy/jeune-privacy.service';
export { JeuneRetentionService } from './privacy/jeune-retention.service';
export { JeunesImportService } from './import/jeunes-import.service';
export type { ImportReport } from './import/jeunes-import.service';
export type { ImportLigne } from './import/import-plan';
export type { JeuneContact, ConsentState, JeuneMatching } from './profile/jeune-public.types';
export type { JeuneActor } from './audit/jeune-audit.service';
export { SYSTEM as SYSTEM_ACTOR } from './audit/jeune-audit.service';
export { Jeune } from './entities/jeune.entity';
export type { Experience, Indisponibilite } from './entities/jeune.entity';
export { JeuneConsentement } from './entities/jeune-consentement.entity';
export { JeuneStatutTransition } from './entities/jeune-statut-transition.entity';
export { JeuneAudit } from './entities/jeune-audit.entity';
export * from './domain/jeune-codes';
export { ageAt, isMineur, trancheAge, parisDay } from './domain/age';
export { CHAMPS_MATCHING } from './profile/jeune-rules';
export { JeuneConseillerView } from './views/jeune-conseiller.view';
export { JeuneCreView } from './views/jeune-cre.view';
export { JeuneResumeView } from './views/jeune-resume.view';
export {
  jeuneForEmployer,
  JeuneEmployeurContact,
  JeuneEmployeurView,
} from './views/jeune-employeur.view';
export { jeuneForSelf } from './views/jeune-self.view';
export type { JeuneSelfView } from './views/jeune-self.view';
export { JeunesImportJobs } from './import/jeunes-import-jobs.service';
export type { ImportStatus } from './import/jeunes-import-jobs.service';
