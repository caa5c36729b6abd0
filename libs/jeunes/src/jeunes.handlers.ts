import { JOB, JobHandler, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';
import { JeunesImportJobs } from './import/jeunes-import-jobs.service';
import { JeuneRetentionService } from './privacy/jeune-retention.service';

/** The jeunes module's jobs (worker only). */
@Injectable()
export class JeunesHandlers {
  constructor(
    private readonly retention: JeuneRetentionService,
    private readonly imports: JeunesImportJobs,
  ) {}

  @JobHandler(JOB.RETENTION_JEUNES)
  retain() {
    return this.retention.run();
  }

  @JobHandler(JOB.IMPORT_JEUNES)
  importer({ importId }: JobPayload<typeof JOB.IMPORT_JEUNES>) {
    return this.imports.executer(importId);
  }
}
