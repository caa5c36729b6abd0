import { JOB, jobId, JobSchedulers, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { FaitsSubscriber } from './faits/faits.subscriber';
import { PilotageHandlers } from './pilotage.handlers';
import { PilotageModule } from './pilotage.module';

/** Nightly, Paris time: the default parts of every structure computed ahead (a new year too). */
const PRECHAUFFAGE_CRON = '15 3 * * *';

/** The read model fed live (one subscriber per fact event); the default parts kept ahead. */
@Module({ imports: [PilotageModule], providers: [FaitsSubscriber, PilotageHandlers] })
export class PilotageWorkerModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly schedulers: JobSchedulers,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.PILOTAGE_PRECHAUFFAGE, {
      pattern: PRECHAUFFAGE_CRON,
      tz: 'Europe/Paris',
    });
  }

  /** At boot too (a first deployment, a worker down over the night): one job per minute of boots. */
  async onApplicationBootstrap(): Promise<void> {
    const minute = String(Math.floor(Date.now() / 60_000));
    await this.maintenance.add(
      JOB.PILOTAGE_PRECHAUFFAGE,
      {},
      { jobId: jobId(JOB.PILOTAGE_PRECHAUFFAGE, 'boot', minute) },
    );
  }
}
