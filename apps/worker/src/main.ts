import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '#config/index.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  loadConfigOrExit();
  // An application context, not an HTTP app: the worker serves no requests.
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // SIGTERM and SIGINT close the context (providers drain their work in their shutdown hooks),
  // then the process exits 0: a drained worker is a clean stop, not a kill.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: draining`, 'Bootstrap');
    await app.close();
    logger.log('Gofar worker stopped', 'Bootstrap');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  logger.log('Gofar worker ready', 'Bootstrap');
}

void bootstrap();
