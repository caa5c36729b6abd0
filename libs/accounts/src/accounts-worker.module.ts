import { isFinalAttempt, JOB, JobHandlerRegistry, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { AccountsModule } from './accounts.module';
import { Invitation } from './invitations/invitation.entity';
import { InvitationSenderService } from './invitations/invitation-sender.service';
import { InvitationsService } from './invitations/invitations.service';

/** How often invitations left unqueued (Redis was down) are queued again. */
export const INVITATION_SWEEP_EVERY_MS = 5 * 60_000;
/** An invitation younger than this may still be on its way to the queue. */
const SWEEP_GRACE_MS = 60_000;

/** The worker side of accounts: sends invitation emails, sweeps the ones left behind. */
@Module({
  imports: [AccountsModule, TypeOrmModule.forFeature([Invitation])],
  providers: [InvitationSenderService],
})
export class AccountsWorkerModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly sender: InvitationSenderService,
    private readonly invitations: InvitationsService,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit(): void {
    this.registry.register(JOB.SEND_INVITATION, async ({ invitationId }, job) => {
      try {
        return await this.sender.send(invitationId);
      } catch (error) {
        await this.sender.recordFailure(invitationId, error as Error, isFinalAttempt(job, error));
        throw error;
      }
    });
    this.registry.register(JOB.SWEEP_INVITATIONS, async () => ({
      requeued: await this.invitations.requeuePending(new Date(Date.now() - SWEEP_GRACE_MS)),
    }));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      JOB.SWEEP_INVITATIONS,
      { every: INVITATION_SWEEP_EVERY_MS },
      { name: JOB.SWEEP_INVITATIONS, data: {} },
    );
  }
}
