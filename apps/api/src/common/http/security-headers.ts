import type { SecurityHeadersOptions } from '@nestjs/common';

/**
 * Headers on every answer, through Nest's own request hook (`app.useSecurityHeaders()`), which
 * runs before anything else and also for answers no other hook sees (a malformed URL, an
 * over-long parameter): helmet's defaults, among them `X-Content-Type-Options: nosniff` (a JSON
 * body never runs as a script or page), plus referrers kept to our own site (URLs carry ids)
 * and no framing by any page, ours included (clickjacking of the dashboard and the docs).
 */
export function securityHeaders(publicUrl: string): SecurityHeadersOptions {
  return {
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // The docs and the queue dashboard load inline scripts; pages of our own set their policy.
    contentSecurityPolicy: false,
    // Only where browsers reach us over TLS, and for this host alone: subdomains are not ours
    // to pin.
    strictTransportSecurity: publicUrl.startsWith('https:') ? { includeSubDomains: false } : false,
  };
}
