import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig, loadEnvFile } from '../../../libs/config/src/index.js';
import { AppModule } from './app.module.js';
import { setUpOpenApi } from './openapi.js';
import { prepareDatabase } from './startup.js';

async function bootstrap(): Promise<void> {
  loadEnvFile();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: 1024 * 1024 }),
    { bufferLogs: true },
  );
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.enableShutdownHooks();
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  setUpOpenApi(app);

  await prepareDatabase(app, logger);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.log(`Gofar API listening on port ${config.port}`, 'Bootstrap');
}

void bootstrap();
