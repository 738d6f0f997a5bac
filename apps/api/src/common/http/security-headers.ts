import type { FastifyInstance } from 'fastify';

/**
 * Sent with every answer: no MIME sniffing (a JSON body must never run as a script or page),
 * no full URLs (with ids or tokens in them) leaked to other sites, and no framing by any page
 * (clickjacking of the dashboard and the docs).
 */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
} as const;

/**
 * Sets the security headers when a request arrives, on the root instance, so every context
 * registered later (API routes, the 404 handler, docs, health, the queue dashboard) inherits
 * it, and error answers keep them: Fastify's error path drops only the content headers.
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (_request, reply) => {
    void reply.headers(SECURITY_HEADERS);
  });
}
