import { Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CachePolicyInterceptor, addDefaultCachePolicy } from './cache-policy.js';
import { addSecurityHeaders } from './security-headers.js';

/**
 * Security and caching headers for every answer the server gives. Call before anything else
 * is registered on the Fastify instance (docs, the queue dashboard), so those inherit the hooks.
 */
export function registerResponseHeaders(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  addSecurityHeaders(fastify);
  addDefaultCachePolicy(fastify);
  app.useGlobalInterceptors(new CachePolicyInterceptor(app.get(Reflector)));
}
