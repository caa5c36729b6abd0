import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxReconcilerService } from './outbox-reconciler.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

/** Writing events: every app. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent])],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}

/** Relaying them to the queue, and again if their job was lost: the worker only. */
@Module({
  providers: [OutboxRelayService, OutboxReconcilerService],
  exports: [OutboxRelayService, OutboxReconcilerService],
})
export class OutboxRelayModule {}
