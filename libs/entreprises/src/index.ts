export * from './entreprises.module';
export * from './entreprises-api.module';
export { EntreprisesService } from './entreprises/entreprises.service';
export { EntrepriseEditionService } from './entreprises/entreprise-edition.service';
export { RattachementsService } from './membres/rattachements.service';
export { Entreprise } from './entreprises/entreprise.entity';
export { EntrepriseContact } from './contacts/contact.entity';
export { EntrepriseMembre, RattachementStatut } from './membres/membre.entity';
export { TrancheEffectif, TRANCHE_EFFECTIF_LIBELLES } from './entreprises/tranche-effectif';
export {
  EntrepriseCreView,
  EntrepriseEmployeurView,
  EntrepriseResumeView,
  EntreprisesPageView,
} from './entreprises/entreprise.view';
export { ContactView } from './contacts/contact.view';
export { MembreView, RattachementView } from './membres/membre.view';
export { IsSiret, SIRET_MESSAGES } from './validation/is-siret.decorator';
export { isValidSiret, normaliseSiret } from './validation/siret';
/** Moved to @app/core (jeunes and messaging use it too); re-exported for existing callers. */
export { IsTelephone, normaliseTelephone } from '@app/core';
export { EntrepriseNote } from './notes/entreprise-note.entity';
export { EntrepriseNotesService } from './notes/entreprise-notes.service';
export { EntrepriseNoteView } from './notes/entreprise-note.view';
export { ListEntreprisesQuery } from './entreprises/list-entreprises.query';
