import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where the build puts the web app (vite.config.ts): dist/web, beside dist/apps. */
const WEB_ROOT = fileURLToPath(new URL('../../../../web/', import.meta.url));

/** The app's pages: its own scripts and styles only (Mantine injects inline styles). */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the API and its tools: never answered with the app's page. */
const NOT_APP_PAGES = /^\/(api|health|docs|admin\/queues)(\/|$|\?|-)/;

/** Content-hashed file names never change content: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app: its files as they are, and its index.html for `/` and every page
 * path (`/events/…`, `/verify-email?token=…`), so links in emails and reloads land on the page.
 * Anything under the API's own prefixes falls through to the API's 404.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  logger: LoggerService,
): Promise<void> {
  const indexFile = `${WEB_ROOT}index.html`;
  if (!existsSync(indexFile)) {
    logger.warn('The web app is not built (no dist/web): only the API is served', 'WebApp');
    return;
  }
  const indexHtml = readFileSync(indexFile);

  await app.register(fastifyStatic, {
    root: WEB_ROOT,
    prefix: '/',
    // One route per built file, made at start-up; page paths are answered below.
    wildcard: false,
    index: false,
    cacheControl: false,
    // .br and .gz made at build time (scripts/compress-web.mjs), chosen by Accept-Encoding.
    preCompressed: true,
    setHeaders(reply, path) {
      reply.header('cache-control', path.includes('/assets/') ? IMMUTABLE : 'no-cache');
      if (path.endsWith('.html')) reply.header('content-security-policy', WEB_APP_CSP);
    },
  });

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    if (NOT_APP_PAGES.test(request.url)) return reply.callNotFound();
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', WEB_APP_CSP)
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', page);
  fastify.get('/*', page);
}
