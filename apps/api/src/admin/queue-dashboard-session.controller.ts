import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { User } from '#core/accounts/index.js';
import { forbidden } from '#core/common/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { QueueDashboardCookie } from './queue-dashboard-cookie.js';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard-path.js';
import { QueueDashboardSessionDto } from './queue-dashboard-session.dto.js';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/queues')
export class QueueDashboardSessionController {
  constructor(private readonly cookie: QueueDashboardCookie) {}

  @Post('session')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open the queue dashboard (/admin/queues) in a browser',
    description:
      'Admins only. Sets the `gofar_queues` cookie (HttpOnly, SameSite=Strict, Path=/admin/queues, ' +
      '15 minutes), which the dashboard at /admin/queues accepts in place of credentials; the ' +
      'admin is re-checked on every dashboard request. /admin/queues also accepts HTTP basic ' +
      'auth (an admin email and password; failures count against the auth rate limit) and ' +
      '`Authorization: Bearer` with an admin token; without any it answers 401 with ' +
      '`WWW-Authenticate: Basic realm="Gofar queues"`, and 403 FORBIDDEN to a non-admin.',
  })
  @ApiOkResponse({
    type: QueueDashboardSessionDto,
    headers: {
      'Set-Cookie': {
        description: 'gofar_queues=...; Path=/admin/queues; Max-Age=900; HttpOnly; SameSite=Strict',
        schema: { type: 'string' },
      },
    },
  })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'UNAUTHENTICATED' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'FORBIDDEN: not an admin' })
  open(
    @CurrentUser() actor: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): QueueDashboardSessionDto {
    if (!actor.isAdmin) throw forbidden('The queue dashboard is for admins only');
    const issued = this.cookie.issue(actor.id, actor.tokenVersion);
    void reply.header('set-cookie', issued.setCookie);
    return { url: QUEUE_DASHBOARD_PATH, expiresAt: issued.expiresAt.toISOString() };
  }
}
