import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { describeError } from '#db/log-safe-error.js';
import { redactPath } from '../logging.js';
import { QueueDashboardAccess } from './queue-dashboard-access.js';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard-path.js';
import { QueueDashboardQueues } from './queue-dashboard-queues.js';

const logger = new Logger('QueueDashboard');

/**
 * Serves Bull Board for every queue at /admin/queues (pages, its JSON API and its assets), in a
 * Fastify context of its own whose `onRequest` hook lets only admins through, unknown paths
 * under it included. Call before `listen()`.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const access = app.get(QueueDashboardAccess);
  const serverAdapter = new FastifyAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: app.get(QueueDashboardQueues).all.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Gofar queues' } },
  });
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', (request, reply) => admitAdmins(access, request, reply));
      scope.addHook('onResponse', async (request, reply) => logRequest(request, reply));
      scope.setNotFoundHandler((request, reply) =>
        reply.code(404).send({
          statusCode: 404,
          code: 'NOT_FOUND',
          message: `No route ${request.method} ${redactPath(request.url)}`,
        }),
      );
      await scope.register(serverAdapter.registerPlugin());
      // Unknown paths under the dashboard stay in this scope (its admin check, then its 404),
      // rather than falling through to the web app's catch-all page route.
      scope.all('/*', (_request, reply) => reply.callNotFound());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

async function admitAdmins(
  access: QueueDashboardAccess,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  try {
    const decision = await access.decide(request);
    if (decision.allowed) {
      if (decision.setCookie) void reply.header('set-cookie', decision.setCookie);
      return undefined;
    }
    const { statusCode, code, message, headers } = decision;
    return reply
      .code(statusCode)
      .headers(headers)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ statusCode, code, message });
  } catch (error) {
    // Type and message only: never the request's headers (passwords, tokens, cookies).
    logger.error(
      {
        error: describeError(error),
        requestId: request.id,
      },
      'Queue dashboard access check failed',
    );
    return reply
      .code(500)
      .header('content-type', 'application/json; charset=utf-8')
      .send({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: `Internal server error (request ${String(request.id)})`,
      });
  }
}

/**
 * The request line pino-http writes for /api/v1 (whose middleware covers only the global
 * prefix): id, method, path, status and time, never headers.
 */
function logRequest(request: FastifyRequest, reply: FastifyReply): void {
  const line = {
    req: { id: request.id, method: request.method, url: redactPath(request.url) },
    // The raw response: pino-http's serializers, which the root logger shares, read it.
    res: reply.raw,
    responseTime: Math.round(reply.elapsedTime),
    msg: 'request completed',
  };
  if (reply.statusCode >= 500) logger.error(line);
  else logger.log(line);
}
