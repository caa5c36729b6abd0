import { Clock } from '@app/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Repository } from 'typeorm';
import { SYSTEM } from '../audit/jeune-audit.service';
import { Jeune } from '../entities/jeune.entity';
import { JeunesConfig } from '../jeunes.config';
import { JeunePrivacyService } from './jeune-privacy.service';

const BATCH = 200;

/** The start of the retention window: N calendar months before now. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** Anonymises the jeunes without activity for JEUNES_RETENTION_MONTHS (the scheduled job). */
@Injectable()
export class JeuneRetentionService {
  private readonly logger = new Logger('JeunesRetention');

  constructor(
    @InjectRepository(Jeune) private readonly jeunes: Repository<Jeune>,
    private readonly privacy: JeunePrivacyService,
    @Inject(JeunesConfig) private readonly config: JeunesConfig,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ anonymises: number }> {
    const cutoff = retentionCutoff(this.clock.now(), this.config.JEUNES_RETENTION_MONTHS);
    let anonymises = 0;
    for (;;) {
      // Each jeune in its own transaction: a crash half-way leaves the rest for the next run.
      const batch = await this.jeunes.find({
        select: { id: true },
        where: { anonymiseAt: IsNull(), derniereActiviteAt: LessThan(cutoff) },
        order: { derniereActiviteAt: 'ASC' },
        take: BATCH,
      });
      for (const { id } of batch) if (await this.privacy.anonymise(id, SYSTEM)) anonymises++;
      if (batch.length < BATCH) break;
    }
    if (anonymises > 0) this.logger.log(`${anonymises} jeune(s) anonymisé(s) (inactifs)`);
    return { anonymises };
  }
}
