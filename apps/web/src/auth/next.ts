/**
 * Where to go after signing in: only a path on this site (`/account`, `/events/…`), never
 * another site (`https://…`, `//evil.example`, `/\evil.example`), so a crafted link cannot
 * send a person elsewhere once they have typed their password.
 */
export function safeNext(
  next: string | null | undefined,
  fallback = '/',
  origin: string = window.location.origin,
): string {
  if (!next || !next.startsWith('/')) return fallback;
  if (next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters and backslashes let some browsers read a path as a host.
  if ([...next].some((char) => char === '\\' || char.charCodeAt(0) < 0x20 || char === '\x7f'))
    return fallback;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
