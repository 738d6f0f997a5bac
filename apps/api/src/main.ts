import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { type AppConfig, loadConfigOrExit } from '#config/index.js';
import { isApiClusterPrimary, runApiCluster } from './api-cluster.js';
import { mountQueueDashboard } from './admin/queue-dashboard.js';
import { AppModule } from './app.module.js';
import { registerCsrfProtection } from './common/http/csrf.js';
import { registerResponseHeaders } from './common/http/response-headers.js';
import { useApiPrefix } from './http/api-prefix.js';
import { clientErrorHandler, frameworkErrors } from './http/fastify-errors.js';
import { acceptJsonBodiesOnly } from './http/json-body.js';
import { serveWebApp } from './http/web-app.js';
import { registerRequestLog, requestId } from './logging.js';
import { setUpOpenApi } from './openapi.js';
import { prepareDatabase } from './startup.js';

async function bootstrap(config: AppConfig): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({
      trustProxy: config.trustProxy,
      bodyLimit: 1024 * 1024,
      genReqId: requestId,
      clientErrorHandler,
      frameworkErrors,
    }),
    // Nest's own parsers would read forms too; the API takes JSON only (json-body.ts).
    { bufferLogs: true, bodyParser: false },
  );
  registerResponseHeaders(app);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerCsrfProtection(fastify, config.publicUrl);
  acceptJsonBodiesOnly(fastify);
  const logger = app.get(Logger);
  app.useLogger(logger);
  registerRequestLog(fastify, PinoLogger.root);
  app.enableShutdownHooks();
  useApiPrefix(app);
  setUpOpenApi(app);
  await mountQueueDashboard(app);
  await serveWebApp(app, logger);

  await prepareDatabase(app, logger);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.log(`Gofar API listening on port ${config.port}`, 'Bootstrap');
}

const config = loadConfigOrExit();
// API_PROCESSES > 1: this process forks that many API processes (api-cluster.ts) and serves none.
if (isApiClusterPrimary(config)) runApiCluster(config);
else void bootstrap(config);
