import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { useApiPrefix } from './http/api-prefix.js';
import { buildOpenApiDocument } from './openapi.js';

/**
 * Prints the API's OpenAPI document as JSON without starting anything: Nest's preview mode
 * reads the controllers' metadata but creates no provider, so no database or Redis is needed.
 * The web app's types are generated from this output (scripts/generate-api-types.mjs).
 */
const app = await NestFactory.create(AppModule, new FastifyAdapter(), {
  preview: true,
  logger: false,
});
useApiPrefix(app);
process.stdout.write(`${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
await app.close();
