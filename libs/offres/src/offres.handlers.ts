import { JOB, JobHandler } from '@app/core';
import { Injectable } from '@nestjs/common';
import { OffreExpiryService } from './expiry/offre-expiry.service';

/** The offres module's jobs (worker only). */
@Injectable()
export class OffresHandlers {
  constructor(private readonly expiry: OffreExpiryService) {}

  @JobHandler(JOB.SWEEP_OFFRES_EXPIRY)
  sweepExpiry() {
    return this.expiry.sweep();
  }
}
