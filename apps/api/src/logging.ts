import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Logger as Pino } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '#config/index.js';

/** Accepts a caller's `X-Request-Id` when it is short and plain, else makes one (Fastify's genReqId). */
export function requestId(request: { headers: IncomingHttpHeaders }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Query parameters whose values are ids, states or numbers, never personal data. */
const PLAIN_QUERY_KEYS = new Set(['limit', 'cursor', 'status', 'kind', 'organizationId']);

/**
 * A path as the log may hold it: the secret of personal calendar feeds masked, and of the
 * query only the plain parameters' values (a `recipient=` or a search is someone's email or
 * name); an email typed into a path is masked too.
 */
export function redactPath(url: string | undefined): string {
  const [path = '', query] = (url ?? '').split(/\?(.*)/s, 2);
  const safePath = path
    .replace(/\/calendar\/[^/?]+/g, '/calendar/[secret]')
    .replace(/[^/]*(@|%40)[^/]*/g, '[email]');
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [key = '', value] = pair.split(/=(.*)/s, 2);
      if (value === undefined) return key;
      return `${key}=${PLAIN_QUERY_KEYS.has(key) ? value : '[masked]'}`;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

/** One JSON line per request with its id, method, path, status and time; never headers or bodies. */
export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: redactPath(request.url),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    redact: {
      paths: [
        'req.headers',
        'res.headers',
        '*.password',
        '*.accessToken',
        '*.authorization',
        '*.passport',
      ],
      remove: true,
    },
  };
}

/** The paths whose requests are logged: the API's; health probes come too often to log. */
const LOGGED_PREFIX = '/api/';

/**
 * One line per request under /api, written when the answer has gone: its id, method, path
 * (redactPath, through the logger's serializers), status and time in ms, at `error` for a
 * 5xx, else `info`. A Fastify hook on the root logger, so nothing runs per request before
 * the route and nothing is kept per request in an AsyncLocalStorage.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.url.startsWith(LOGGED_PREFIX)) {
      const line = {
        req: { id: request.id, method: request.method, url: request.url },
        // The raw response: pino-http's serializer reads its status only once it was sent.
        res: reply.raw,
        responseTime: Math.round(reply.elapsedTime),
      };
      if (reply.statusCode >= 500) logger.error(line, 'request completed');
      else logger.info(line, 'request completed');
    }
    done();
  });
}
