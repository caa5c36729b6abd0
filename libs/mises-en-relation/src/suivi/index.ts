import { MerSuiviController } from './mer-suivi.controller';
import { MerSuiviLinkController } from './mer-suivi-link.controller';
import { MerSuiviNotifier } from './mer-suivi-notifier.service';
import { MerSuiviReponsesService } from './mer-suivi-reponses.service';
import { MerSuiviService } from './mer-suivi.service';
import { MerSuiviStatistiquesService } from './mer-suivi-statistiques.service';

export { MerSuivi } from './mer-suivi.entity';
export type { SuiviMois, SuiviRepondant, SuiviReponse } from './mer-suivi.entity';
export { MerSuiviConfig } from './mer-suivi.config';
export { MerSuiviService } from './mer-suivi.service';
export { MerSuiviStatistiquesService } from './mer-suivi-statistiques.service';
export { PATH_SUIVI, PURPOSE_SUIVI } from './mer-suivi-notifier.service';

/** The follow-up's services (MisesEnRelationModule) and controllers (the API module). */
export const SUIVI_PROVIDERS = [
  MerSuiviService,
  MerSuiviNotifier,
  MerSuiviReponsesService,
  MerSuiviStatistiquesService,
];
/** The statistics first: `GET mises-en-relation/:id` must not take `suivis`. */
export const SUIVI_CONTROLLERS = [MerSuiviController, MerSuiviLinkController];
