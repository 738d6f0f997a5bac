import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';

/** The web app's session cookie. */
export const SESSION_COOKIE = 'gofar_session';

/**
 * The values of every cookie named `name` in a `Cookie` header, in order (a browser may send two
 * of one name, for different paths). Empty values are left out.
 */
export function cookieValues(header: string | undefined, name: string): string[] {
  return (header ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1).trim())
    .map((value) => (value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value))
    .filter((value) => value.length > 0);
}

/** Whether the header carries a `gofar_session` cookie at all (even an empty or stale one). */
export const carriesSessionCookie = (header: string | undefined): boolean =>
  (header ?? '').split(';').some((pair) => pair.trim().startsWith(`${SESSION_COOKIE}=`));

/** The `Set-Cookie` value of a session cookie: HttpOnly, SameSite=Lax, whole site, Secure on https. */
export function sessionSetCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/**
 * Writes and reads the `gofar_session` cookie: `<sessionId>.<secret>`, lifetime JWT_TTL,
 * `Secure` when PUBLIC_URL is https.
 */
@Injectable()
export class SessionCookie {
  private readonly secure: boolean;
  private readonly maxAgeSeconds: number;

  constructor(config: AppConfig) {
    this.secure = new URL(config.publicUrl).protocol === 'https:';
    this.maxAgeSeconds = config.jwtTtlSeconds;
  }

  /** The `Set-Cookie` value that hands a browser a session. */
  issue(cookieValue: string): string {
    return sessionSetCookie(cookieValue, this.maxAgeSeconds, this.secure);
  }

  /** The `Set-Cookie` value that makes the browser drop the cookie. */
  clear(): string {
    return sessionSetCookie('', 0, this.secure);
  }

  /** The first session cookie value in a `Cookie` header, or null. */
  read(header: string | undefined): string | null {
    return cookieValues(header, SESSION_COOKIE)[0] ?? null;
  }
}
