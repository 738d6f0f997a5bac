import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '#config/index.js';
import { addDefaultCachePolicy } from './cache-policy.js';
import { securityHeaders } from './security-headers.js';

/**
 * Security and caching headers for every answer the server gives. Call before anything else
 * is registered on the Fastify instance (docs, the queue dashboard), so those inherit the hooks.
 */
export function registerResponseHeaders(app: NestFastifyApplication): void {
  app.useSecurityHeaders(securityHeaders(app.get(AppConfig).publicUrl));
  addDefaultCachePolicy(app.getHttpAdapter().getInstance());
}
