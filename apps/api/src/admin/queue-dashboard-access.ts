import type { IncomingHttpHeaders } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '#config/index.js';
import { AccountService, type User } from '#core/accounts/index.js';
import { DomainError } from '#core/common/index.js';
import { REDIS } from '#queue/index.js';
import {
  addressSubject,
  authAttemptsExhausted,
  countAuthAttempt,
  rateLimited,
} from '../auth/auth-attempts.js';
import { LoginSlowdown } from '../auth/login-slowdown.js';
import { TokenService, versionIsCurrent } from '../common/auth/token.service.js';
import { isSameOriginRequest, isUnsafeMethod } from '../common/http/same-origin.js';
import { QueueDashboardCookie } from './queue-dashboard-cookie.js';

export const QUEUE_DASHBOARD_REALM = 'Basic realm="Gofar queues"';

/** What the dashboard's request hook needs to know of a request. */
export interface DashboardRequest {
  method: string;
  ip: string;
  headers: IncomingHttpHeaders;
}

/** Let it through (setting a fresh cookie when given), or answer with the error. */
export type DashboardDecision =
  | { allowed: true; setCookie?: string }
  | {
      allowed: false;
      statusCode: 401 | 403 | 429;
      code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED';
      message: string;
      headers: Record<string, string>;
    };

/** Longer fields than login accepts are refused without hashing them. */
const MAX_EMAIL = 254;
const MAX_PASSWORD = 200;

/**
 * Decides who may use the queue dashboard. Accepted, in this order: the signed `gofar_queues`
 * cookie (no password check, so the dashboard's assets and polling stay cheap), then
 * `Authorization: Basic` with an admin's email and password, or `Authorization: Bearer` with
 * an admin's access token; both of those set the cookie. Whoever it names must still exist and
 * be an admin, read from PostgreSQL on every request. Failed passwords count against the same
 * per-address Redis counter as login and slow that email's checks down as login does
 * (LoginSlowdown). Nothing here logs a header.
 */
@Injectable()
export class QueueDashboardAccess {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly accounts: AccountService,
    private readonly tokens: TokenService,
    private readonly cookie: QueueDashboardCookie,
    private readonly slowdown: LoginSlowdown,
  ) {}

  async decide(request: DashboardRequest): Promise<DashboardDecision> {
    // A browser attaches the cookie and remembered basic credentials to any request to this
    // host, even one a page of another site makes it send, so changes sent with those must
    // come from our own pages. A bearer token it never attaches by itself: scripts pass, and
    // the cookie is then not what lets them in.
    const bearer = isBearer(request.headers.authorization);
    if (
      isUnsafeMethod(request.method) &&
      !bearer &&
      !isSameOriginRequest(request.headers, this.config.publicUrl)
    )
      return this.deny(403, 'The queue dashboard accepts changes from its own pages only');

    const cookieHeader = request.headers.cookie;
    const hasCookie = this.cookie.present(cookieHeader);
    const cookieSubject = bearer ? null : this.cookie.subject(cookieHeader);
    const found = cookieSubject ? await this.accounts.findById(cookieSubject.userId) : null;
    // A password change or reset, or sign out everywhere, revokes the cookie as it does tokens.
    const cookieUser = found && versionIsCurrent(found, cookieSubject!.version) ? found : null;
    if (cookieUser?.isAdmin) return { allowed: true };

    const authorization = request.headers.authorization;
    const decision = authorization
      ? await this.fromAuthorization(authorization, request.ip)
      : cookieUser
        ? this.deny(403, 'The queue dashboard is for admins only')
        : this.deny(
            401,
            hasCookie
              ? 'The dashboard session has expired or is invalid; sign in again'
              : 'Sign in with an admin account (basic auth, a bearer token, or POST /api/v1/admin/queues/session)',
          );
    // Drop a cookie that no longer opens the dashboard, unless a new one replaces it.
    if (!decision.allowed && hasCookie) decision.headers['set-cookie'] = this.cookie.clear();
    return decision;
  }

  private async fromAuthorization(header: string, ip: string): Promise<DashboardDecision> {
    const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2);
    switch (scheme.toLowerCase()) {
      case 'bearer': {
        const subject = credentials ? await this.tokens.subject(credentials) : null;
        const user = subject ? await this.accounts.findById(subject.userId) : null;
        return user && versionIsCurrent(user, subject!.version)
          ? this.admit(user)
          : this.deny(401, 'The token is invalid or has expired');
      }
      case 'basic':
        return this.fromBasic(credentials, ip);
      default:
        return this.deny(401, 'The Authorization header must be "Basic ..." or "Bearer <token>"');
    }
  }

  private async fromBasic(credentials: string, ip: string): Promise<DashboardDecision> {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const email = colon > 0 ? decoded.slice(0, colon).trim() : '';
    const password = colon > 0 ? decoded.slice(colon + 1) : '';
    if (!email || !password) return this.deny(401, 'Basic credentials must be "email:password"');

    const address = [addressSubject(ip)];
    const before = await authAttemptsExhausted(this.redis, this.config, address);
    if (before.limited) return this.rateLimited(before.retryAfterSeconds);

    let user: User | null = null;
    if (email.length <= MAX_EMAIL && password.length <= MAX_PASSWORD) {
      try {
        user = await this.slowdown.check(email, () => this.accounts.authenticate(email, password));
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'INVALID_CREDENTIALS')) throw error;
      }
    }
    if (user) return this.admit(user);
    // Only failures count: a browser resends remembered credentials whenever the cookie expires.
    const after = await countAuthAttempt(this.redis, this.config, address);
    return after.limited
      ? this.rateLimited(after.retryAfterSeconds)
      : this.deny(401, 'Email or password is incorrect');
  }

  private admit(user: User): DashboardDecision {
    if (!user.isAdmin) return this.deny(403, 'The queue dashboard is for admins only');
    return { allowed: true, setCookie: this.cookie.issue(user.id, user.tokenVersion).setCookie };
  }

  private deny(statusCode: 401 | 403, message: string): DashboardDecision {
    return statusCode === 401
      ? {
          allowed: false,
          statusCode,
          code: 'UNAUTHENTICATED',
          message,
          headers: { 'www-authenticate': QUEUE_DASHBOARD_REALM },
        }
      : { allowed: false, statusCode, code: 'FORBIDDEN', message, headers: {} };
  }

  private rateLimited(retryAfterSeconds: number): DashboardDecision {
    return {
      allowed: false,
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: rateLimited(retryAfterSeconds).message,
      headers: { 'retry-after': String(retryAfterSeconds) },
    };
  }
}

const isBearer = (authorization: string | undefined): boolean =>
  authorization?.trim().toLowerCase().startsWith('bearer ') ?? false;
