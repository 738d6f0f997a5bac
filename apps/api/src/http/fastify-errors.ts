import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBodyOfStatus } from '#api/common/http/error.filter.js';

/**
 * The headers every answer carries (security-headers.ts), for the answers written before any
 * hook runs: a request Node could not parse, a path Fastify could not route.
 */
const BASELINE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Node answers requests it cannot parse (headers or a query string over its limit: 431; a
 * broken request line: 400) before Fastify sees them: Fastify's `clientErrorHandler` option,
 * writing the contract's shape without echoing anything of the request.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (socket.destroyed) return;
  const statusCode =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_URI_TOO_LONG' ? 414 : 400;
  const body = JSON.stringify(errorBodyOfStatus(statusCode));
  socket.end(
    `HTTP/1.1 ${statusCode} ${statusCode === 431 ? 'Request Header Fields Too Large' : statusCode === 414 ? 'URI Too Long' : 'Bad Request'}\r\n` +
      'Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
      Object.entries(BASELINE_HEADERS)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Fastify's `frameworkErrors` option: a path it cannot route (a malformed escape: 400; a
 * parameter over its length limit: 414) is answered in the contract's shape, never echoing
 * the path.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const statusCode = error.statusCode === 414 ? 414 : 400;
  const body =
    statusCode === 400
      ? { statusCode, code: 'VALIDATION_FAILED', message: 'The request path is not valid' }
      : errorBodyOfStatus(statusCode);
  void reply.code(statusCode).headers(BASELINE_HEADERS).send(body);
}
