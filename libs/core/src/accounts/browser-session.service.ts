import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import { BrowserSessionRepository } from './browser-session.repository.js';
import {
  formatSessionValue,
  hashSecret,
  newSecret,
  parseSessionValue,
  secretMatches,
} from './secret-token.js';
import type { User } from './user.entity.js';

/** A session just opened: the cookie's value and when it stops working. */
export interface OpenedSession {
  sessionId: string;
  cookieValue: string;
  expiresAt: Date;
}

/** A live session and the user it belongs to, as read on a request. */
export interface ResolvedSession {
  sessionId: string;
  user: User;
}

/**
 * Browser sessions: opened at sign-in for JWT_TTL, recorded server-side so that sign-out, sign
 * out everywhere, a password change or reset revoke them. The cookie holds `<id>.<secret>`;
 * the table holds only the secret's hash.
 */
@Injectable()
export class BrowserSessionService {
  private readonly ttlMs: number;

  constructor(
    private readonly sessions: BrowserSessionRepository,
    config: AppConfig,
  ) {
    this.ttlMs = config.jwtTtlSeconds * 1000;
  }

  /** Opens a session for the user under their current token version. */
  async open(user: User, now = Date.now()): Promise<OpenedSession> {
    const secret = newSecret();
    const expiresAt = new Date(now + this.ttlMs);
    const sessionId = await this.sessions.insert({
      userId: user.id,
      secretHash: hashSecret(secret),
      tokenVersion: user.tokenVersion,
      createdAt: new Date(now),
      expiresAt,
    });
    return { sessionId, cookieValue: formatSessionValue({ sessionId, secret }), expiresAt };
  }

  /** The live session a cookie value names, with its user (one query); null for anything else. */
  async resolve(cookieValue: string | null | undefined): Promise<ResolvedSession | null> {
    const credentials = parseSessionValue(cookieValue);
    if (!credentials) return null;
    const session = await this.sessions.findLiveWithUser(credentials.sessionId);
    if (!session?.user || !secretMatches(credentials.secret, session.secretHash)) return null;
    return { sessionId: session.id, user: session.user };
  }

  /** Signs one session out; its cookie answers 401 from now on. */
  async revoke(sessionId: string, userId: string): Promise<void> {
    await this.sessions.revoke(sessionId, userId);
  }
}
