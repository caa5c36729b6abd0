import { Global, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Job } from 'bullmq';
import { DOMAIN_EVENT } from '../outbox/domain-events';
import { JobHandlersModule } from './job-handler-discovery';
import { JobHandler, OnDomainEvent } from './job-handler.decorator';
import { JobHandlerRegistry } from './job-handlers';
import { JOB, QUEUE } from './queues';

@Injectable()
class Sweeps {
  readonly seen: string[] = [];

  @JobHandler(JOB.SWEEP_MER)
  async sweep(): Promise<string> {
    return 'balayé';
  }

  @OnDomainEvent(DOMAIN_EVENT.OFFRE_FERMEE)
  async fermee({ offreId }: { offreId: string }): Promise<void> {
    this.seen.push(offreId);
  }
}

/** As QueuesModule does in the apps: one registry for everyone. */
@Global()
@Module({ providers: [JobHandlerRegistry], exports: [JobHandlerRegistry] })
class RegistryModule {}

@Module({
  imports: [RegistryModule, JobHandlersModule.forRoot()],
  providers: [Sweeps],
})
class HostModule {}

describe('JobHandlerDiscovery', () => {
  it('registers decorated methods, and stops the boot naming the jobs nobody handles', async () => {
    const ref = await Test.createTestingModule({ imports: [HostModule] }).compile();
    const app = ref.createNestApplication({ logger: false });
    await expect(app.init()).rejects.toThrow(/Tâches sans gestionnaire.*send-email/);

    const registry = ref.get(JobHandlerRegistry);
    expect(registry.handles(JOB.SWEEP_MER)).toBe(true);
    const job = (name: string, queueName: string, data: unknown) =>
      ({ name, queueName, data }) as Job;
    await expect(registry.dispatch(job(JOB.SWEEP_MER, QUEUE.MAINTENANCE, {}))).resolves.toBe(
      'balayé',
    );
    await registry.dispatch(job(DOMAIN_EVENT.OFFRE_FERMEE, QUEUE.EVENTS, { offreId: 'o1' }));
    expect(ref.get(Sweeps).seen).toEqual(['o1']);
    await app.close();
  });
});
