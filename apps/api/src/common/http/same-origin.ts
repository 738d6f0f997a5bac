import type { IncomingHttpHeaders } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** GET, HEAD and OPTIONS change nothing; every other method may. */
export const isUnsafeMethod = (method: string): boolean => !SAFE_METHODS.has(method.toUpperCase());

/** `scheme://host[:port]` of a URL, or null when it is not one (`Origin: null` included). */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request was sent by a page of our own site (`allowedOrigin`, the origin of
 * PUBLIC_URL), for requests whose credentials a browser attaches by itself (cookies, remembered
 * basic auth), which another site's page can make it send. Decided by `Origin`; when a browser
 * omits it, by the `Referer`'s origin; when both are absent, only `Sec-Fetch-Site: same-origin`
 * passes. A `Sec-Fetch-Site` naming another site always fails. A request with none of these
 * headers fails: it is no browser's, and a script has no reason to use browser credentials.
 * With `{ referer: false }` the `Referer` is not consulted (the web app's CSRF rule: `Origin`,
 * or `Sec-Fetch-Site: same-origin` when it is missing).
 */
export function isSameOriginRequest(
  headers: IncomingHttpHeaders,
  allowedOrigin: string,
  options: { referer?: boolean } = {},
): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const expected = originOf(allowedOrigin);
  if (headers.origin !== undefined) return originOf(headers.origin) === expected;
  if (headers.referer !== undefined && options.referer !== false)
    return originOf(headers.referer) === expected;
  return fetchSite === 'same-origin';
}
