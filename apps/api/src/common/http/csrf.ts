import type { FastifyInstance, FastifyRequest } from 'fastify';
import { carriesSessionCookie } from '../auth/session-cookie.js';
import { isSameOriginRequest, isUnsafeMethod } from './same-origin.js';

/** Signing in with a password sets the cookie: it is checked even when no cookie comes with it. */
const SIGN_IN_PATH = '/api/v1/auth/session';

/**
 * Whether a request needs the Origin check: every change (a method other than GET, HEAD or
 * OPTIONS) carrying the `gofar_session` cookie, which a browser attaches by itself, and every
 * cookie sign-in (no login CSRF). Bearer requests without the cookie are never affected.
 */
export function needsOriginCheck(request: Pick<FastifyRequest, 'method' | 'url' | 'headers'>) {
  if (!isUnsafeMethod(request.method)) return false;
  if (carriesSessionCookie(request.headers.cookie)) return true;
  const path = request.url.split('?', 1)[0];
  return request.method.toUpperCase() === 'POST' && path === SIGN_IN_PATH;
}

/**
 * Refuses, before anything else runs, requests that need the Origin check (needsOriginCheck)
 * and whose `Origin` is not PUBLIC_URL's (a missing `Origin` passes with `Sec-Fetch-Site:
 * same-origin`): 403 CSRF_REJECTED. No CORS headers are ever sent, so another site's page
 * cannot read any answer either.
 */
export function registerCsrfProtection(fastify: FastifyInstance, publicUrl: string): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!needsOriginCheck(request)) return done();
    if (isSameOriginRequest(request.headers, publicUrl, { referer: false })) return done();
    void reply.code(403).header('content-type', 'application/json; charset=utf-8').send({
      statusCode: 403,
      code: 'CSRF_REJECTED',
      message:
        'Requests sent with the session cookie must come from the web app’s own pages (Origin)',
    });
  });
}
