import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Options } from 'pino-http';
import type { AppConfig } from '../../../libs/config/src/index.js';

/** Accepts a caller's `X-Request-Id` when it is short and plain, else makes one (Fastify's genReqId). */
export function requestId(request: { headers: IncomingHttpHeaders }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Paths that carry a secret (personal calendar feeds) are logged with the secret masked. */
export function redactPath(url: string | undefined): string {
  return (url ?? '')
    .replace(/\/calendar\/[^/?]+/g, '/calendar/[secret]')
    .replace(/\?.*$/, (query) => query.replace(/(token=)[^&]+/gi, '$1[secret]'));
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
      paths: ['req.headers', 'res.headers', '*.password', '*.accessToken', '*.authorization'],
      remove: true,
    },
  };
}
