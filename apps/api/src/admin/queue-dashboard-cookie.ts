import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard-path.js';

export const QUEUE_DASHBOARD_COOKIE = 'gofar_queues';
export const QUEUE_DASHBOARD_COOKIE_SECONDS = 15 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who a valid dashboard cookie names, and the token version it was issued under. */
export interface DashboardCookieSubject {
  userId: string;
  version: number;
}

/** A cookie ready to send: the `Set-Cookie` value and when it stops being accepted. */
export interface IssuedCookie {
  setCookie: string;
  expiresAt: Date;
}

/**
 * The dashboard's short-lived session: `<userId>.<token version>.<expiry epoch s>.<HMAC-SHA256>`,
 * signed with a key derived from JWT_SECRET (HKDF, so it is never the JWT key itself). It names
 * the admin and the token version it was issued under, nothing more: whether they are still an
 * admin, and whether that version is still theirs (a password change or reset, or sign out
 * everywhere, raise it), is read from PostgreSQL on every request.
 */
@Injectable()
export class QueueDashboardCookie {
  private readonly key: Buffer;
  private readonly secure: boolean;

  constructor(config: AppConfig) {
    this.key = Buffer.from(
      hkdfSync('sha256', config.jwtSecret, 'gofar', 'gofar_queues cookie v1', 32),
    );
    this.secure = config.nodeEnv === 'production';
  }

  issue(userId: string, version: number, now = Date.now()): IssuedCookie {
    const expires = Math.floor(now / 1000) + QUEUE_DASHBOARD_COOKIE_SECONDS;
    const payload = `${userId}.${version}.${expires}`;
    return {
      setCookie: this.attributes(
        `${QUEUE_DASHBOARD_COOKIE}=${payload}.${this.sign(payload)}`,
        QUEUE_DASHBOARD_COOKIE_SECONDS,
      ),
      expiresAt: new Date(expires * 1000),
    };
  }

  /** A `Set-Cookie` value that makes the browser drop the cookie. */
  clear(): string {
    return this.attributes(`${QUEUE_DASHBOARD_COOKIE}=`, 0);
  }

  /** Whether the request's `Cookie` header carries the dashboard cookie at all. */
  present(cookieHeader: string | undefined): boolean {
    return this.values(cookieHeader).length > 0;
  }

  /**
   * The user id and token version of a cookie in the header that we signed and that has not
   * expired; else null. Whether the version is still the user's is for the caller to check.
   */
  subject(cookieHeader: string | undefined, now = Date.now()): DashboardCookieSubject | null {
    for (const value of this.values(cookieHeader)) {
      const [userId, version, expires, signature, ...rest] = value.split('.');
      if (!userId || !version || !expires || !signature || rest.length) continue;
      const expected = Buffer.from(this.sign(`${userId}.${version}.${expires}`));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) continue;
      if (!/^\d+$/.test(expires) || Number(expires) * 1000 <= now) continue;
      if (!/^\d{1,9}$/.test(version)) continue;
      if (UUID.test(userId)) return { userId, version: Number(version) };
    }
    return null;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }

  private values(cookieHeader: string | undefined): string[] {
    return (cookieHeader ?? '')
      .split(';')
      .map((pair) => pair.trim())
      .filter((pair) => pair.startsWith(`${QUEUE_DASHBOARD_COOKIE}=`))
      .map((pair) => pair.slice(QUEUE_DASHBOARD_COOKIE.length + 1))
      .filter((value) => value.length > 0);
  }

  private attributes(nameAndValue: string, maxAgeSeconds: number): string {
    return [
      nameAndValue,
      `Path=${QUEUE_DASHBOARD_PATH}`,
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(this.secure ? ['Secure'] : []),
    ].join('; ');
  }
}
