import { JOB, JobHandler, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';
import { PartsDefautService } from './rapport/parts-defaut.service';

/** The report's jobs (worker only): both idempotent, they compute only missing or stale parts. */
@Injectable()
export class PilotageHandlers {
  constructor(private readonly parts: PartsDefautService) {}

  @JobHandler(JOB.PILOTAGE_PARTS)
  partsAJour({ structureId, annee }: JobPayload<typeof JOB.PILOTAGE_PARTS>) {
    return this.parts.garder(structureId, annee);
  }

  @JobHandler(JOB.PILOTAGE_PRECHAUFFAGE)
  prechauffage() {
    return this.parts.prechauffer();
  }
}
