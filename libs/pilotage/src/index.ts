export * from './pilotage.module';
export * from './pilotage-api.module';
export * from './pilotage-worker.module';
export { Fait } from './faits/fait.entity';
export { FAIT_DE, FAIT_EVENTS } from './faits/fait-mapping';
export { FaitsService } from './faits/faits.service';
export { INDICATEURS } from './rapport/indicateurs';
export { RapportService } from './rapport/rapport.service';
export type { RapportView } from './rapport/rapport.view';
