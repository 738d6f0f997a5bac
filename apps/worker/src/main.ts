import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '../../../libs/config/src/index.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  loadConfigOrExit();
  // An application context, not an HTTP app: the worker serves no requests.
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // SIGTERM and SIGINT close the context: providers drain their work in onApplicationShutdown.
  app.enableShutdownHooks();
  logger.log('Gofar worker ready', 'Bootstrap');
}

void bootstrap();
