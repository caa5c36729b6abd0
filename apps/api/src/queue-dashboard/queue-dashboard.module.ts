import { ALL_QUEUES } from '@app/core';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { operatorOnly } from './operator-only.middleware';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/** bull-board at /admin/queues, for the platform operator only (Bearer access token). */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      inject: [JwtService],
      useFactory: (jwt: JwtService) => ({
        route: QUEUE_DASHBOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: operatorOnly(jwt),
        boardOptions: { uiConfig: { boardTitle: "Files d'attente" } },
      }),
    }),
    ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
})
export class QueueDashboardModule {}
