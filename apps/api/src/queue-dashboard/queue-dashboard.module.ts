import { AccountsModule, AuthService } from '@app/accounts';
import { ALL_QUEUES } from '@app/core';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { adminOnly } from './admin-only.middleware';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/** bull-board at /admin/queues, for admins only (Bearer token or the browser's Basic prompt). */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AccountsModule],
      inject: [AuthService, JwtService],
      useFactory: (auth: AuthService, jwt: JwtService) => ({
        route: QUEUE_DASHBOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: adminOnly(auth, jwt),
        boardOptions: { uiConfig: { boardTitle: "Files d'attente" } },
      }),
    }),
    ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
})
export class QueueDashboardModule {}
