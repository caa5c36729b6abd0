import { BilanLinksController } from './bilan-links.controller';
import { BilanController } from './bilan.controller';
import { BilanService } from './bilan.service';
import { PmsmpStatistiquesService } from './pmsmp-statistiques.service';
import { SuiviService } from './suivi.service';

export const BILAN_PROVIDERS = [BilanService, SuiviService, PmsmpStatistiquesService];
export const BILAN_CONTROLLERS = [BilanController, BilanLinksController];
export { BilanService, SuiviService, PmsmpStatistiquesService };
