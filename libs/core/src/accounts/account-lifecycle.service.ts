import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import type { AccountTokenKind } from './account-token.entity.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { tokenInvalid } from './accounts.errors.js';
import { BrowserSessionRepository } from './browser-session.repository.js';
import { hashPassword } from './password-hasher.js';
import { hashSecret, isWellFormedSecret, newSecret } from './secret-token.js';
import type { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';

/** How long a link's token works. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenKind, number> = {
  email_verification: 7 * 24 * 3600 * 1000,
  password_reset: 3600 * 1000,
};

/**
 * Verifying an address and resetting a password. The emails are planned here (outbox, ids only);
 * their tokens are made by the worker when it writes them (issueToken), so a raw token exists
 * only in the email itself.
 */
@Injectable()
export class AccountLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly sessions: BrowserSessionRepository,
    private readonly notifications: NotificationSchedulerService,
  ) {}

  /**
   * A new token of this kind for the user, valid for its lifetime; the user's earlier unused
   * ones of that kind stop working. Returns the raw token, for the email only.
   */
  async issueToken(userId: string, kind: AccountTokenKind, now = Date.now()): Promise<string> {
    const token = newSecret();
    await inTransaction(this.dataSource, async (manager) => {
      await this.tokens.voidUnused(manager, userId, kind);
      await this.tokens.insert(manager, {
        userId,
        kind,
        tokenHash: hashSecret(token),
        // One clock for both, so the lifetime is exact.
        createdAt: new Date(now),
        expiresAt: new Date(now + TOKEN_LIFETIME_MS[kind]),
      });
    });
    return token;
  }

  /** Plans a verification email (the caller limits how often). */
  async requestVerificationEmail(user: User): Promise<void> {
    await inTransaction(this.dataSource, (manager) =>
      this.notifications.schedule(manager, {
        kind: 'email_verification',
        subjectId: user.id,
        recipientId: user.id,
      }),
    );
  }

  /** Uses a verification token: the address is verified; TOKEN_INVALID otherwise. */
  async verifyEmail(token: string): Promise<User> {
    if (!isWellFormedSecret(token)) throw tokenInvalid();
    return inTransaction(this.dataSource, async (manager) => {
      const userId = await this.tokens.use(manager, 'email_verification', hashSecret(token));
      if (!userId) throw tokenInvalid();
      await this.users.markEmailVerified(manager, userId);
      const user = await this.users.findById(userId, manager);
      if (!user) throw tokenInvalid();
      return user;
    });
  }

  /**
   * A reset asked for an email: one lookup, then one planned email or nothing. Whether the
   * account exists is never told to the caller.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    await inTransaction(this.dataSource, (manager) =>
      this.notifications.schedule(manager, {
        kind: 'password_reset',
        subjectId: user.id,
        recipientId: user.id,
      }),
    );
  }

  /**
   * Uses a reset token: the new password is set, every token and session of the user is revoked
   * (the token version rises), and the address counts as verified (the link reached it).
   */
  async resetPassword(token: string, newPassword: string): Promise<User> {
    if (!isWellFormedSecret(token)) throw tokenInvalid();
    const passwordHash = await hashPassword(newPassword);
    return inTransaction(this.dataSource, async (manager) => {
      const userId = await this.tokens.use(manager, 'password_reset', hashSecret(token));
      if (!userId) throw tokenInvalid();
      await this.users.markEmailVerified(manager, userId);
      const user = await this.users.raiseTokenVersion(manager, userId, passwordHash);
      await this.sessions.revokeAllOf(userId, manager);
      if (!user) throw tokenInvalid();
      return user;
    });
  }
}
