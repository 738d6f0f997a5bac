import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { CoreModule } from '#core/core.module.js';
import { LoginSlowdown } from '../auth/login-slowdown.js';
import { TokenService } from '../common/auth/token.service.js';
import { QueueDashboardAccess } from './queue-dashboard-access.js';
import { QueueDashboardCookie } from './queue-dashboard-cookie.js';
import { QueueDashboardQueues } from './queue-dashboard-queues.js';
import { QueueDashboardSessionController } from './queue-dashboard-session.controller.js';

/**
 * The queue dashboard: its session route, the access check and the Queue objects it reads.
 * Bull Board itself is mounted on Fastify by `mountQueueDashboard()` in main.ts.
 */
@Module({
  imports: [CoreModule, JwtModule.register({})],
  controllers: [QueueDashboardSessionController],
  providers: [
    TokenService,
    LoginSlowdown,
    QueueDashboardCookie,
    QueueDashboardAccess,
    QueueDashboardQueues,
  ],
})
export class AdminModule {}
