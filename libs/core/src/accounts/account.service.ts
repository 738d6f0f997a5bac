import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { emailTaken, invalidCredentials, wrongCurrentPassword } from './accounts.errors.js';
import { BrowserSessionRepository } from './browser-session.repository.js';
import type { Locale } from './locale.js';
import { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hasher.js';
import { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';

export interface SignupInput {
  email: string;
  password: string;
  fullName: string;
}

export interface SignupOptions {
  /** Counts the address as verified from the start (demo accounts). */
  verified?: boolean;
}

export interface ProfileChanges {
  fullName?: string;
  locale?: Locale;
  timezone?: string | null;
}

// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly notifications: NotificationSchedulerService,
    private readonly sessions: BrowserSessionRepository,
  ) {}

  /**
   * Creates the account and, in the same transaction, plans its welcome email (which carries the
   * link that verifies the address).
   */
  async signup(input: SignupInput, options: SignupOptions = {}): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.users.insertIfAbsent(
        {
          email: input.email,
          fullName: input.fullName.trim(),
          passwordHash,
          isAdmin: false,
          emailVerifiedAt: options.verified ? new Date() : null,
        },
        manager,
      );
      if (!user) throw emailTaken();
      await this.notifications.schedule(manager, {
        kind: 'welcome',
        subjectId: user.id,
        recipientId: user.id,
        fireAt: user.createdAt,
      });
      return user;
    });
  }

  /** The user whose credentials these are; the same error, in about the same time, for any mismatch. */
  async authenticate(email: string, password: string): Promise<User> {
    // No account's email holds a control character (PostgreSQL refuses a NUL in any text), so
    // such an email names nobody; it still costs a hash check, like any unknown email.
    const found = HAS_CONTROL.test(email) ? null : await this.users.findWithPasswordHash(email);
    const matches = await verifyPassword(
      password,
      found?.passwordHash ?? (await DECOY_PASSWORD_HASH),
    );
    if (!found || !matches) throw invalidCredentials();
    const { passwordHash: _secret, ...user } = found;
    return Object.assign(new User(), user);
  }

  findById(id: string): Promise<User | null> {
    return this.users.findById(id);
  }

  /**
   * The user an access token names, when the token was issued under a version that still
   * counts (not revoked by a password change, a reset or "sign out everywhere"); else null.
   */
  findForToken(subject: { userId: string; version: number }): Promise<User | null> {
    return this.users.findForToken(subject.userId, subject.version);
  }

  /** Checks a signed-in user's password; INVALID_CREDENTIALS (422) when it is not theirs. */
  async checkPassword(user: User, password: string): Promise<void> {
    const stored = await this.users.passwordHashOf(user.id);
    const matches = await verifyPassword(password, stored ?? (await DECOY_PASSWORD_HASH));
    if (!stored || !matches) throw wrongCurrentPassword();
  }

  /**
   * Sets a new password and raises the token version, so every earlier token and session of the
   * user stops working (their sessions are revoked too). Check the current password first
   * (checkPassword). Returns the user under the new version, for the fresh token and cookie.
   */
  async changePassword(user: User, newPassword: string): Promise<User> {
    const passwordHash = await hashPassword(newPassword);
    return inTransaction(this.dataSource, async (manager) => {
      const changed = await this.users.raiseTokenVersion(manager, user.id, passwordHash);
      await this.sessions.revokeAllOf(user.id, manager);
      return changed ?? user;
    });
  }

  /** "Sign out everywhere": every token and session of the user stops working. */
  async revokeEverySession(user: User): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.users.raiseTokenVersion(manager, user.id);
      await this.sessions.revokeAllOf(user.id, manager);
    });
  }

  /** Changes the name, language or zone; returns the user as it now is. */
  async updateProfile(user: User, changes: ProfileChanges): Promise<User> {
    const values = {
      ...(changes.fullName !== undefined ? { fullName: changes.fullName.trim() } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      ...(changes.timezone !== undefined ? { timezone: changes.timezone } : {}),
    };
    return (await this.users.updateProfile(user.id, values)) ?? user;
  }

  /**
   * Creates the first admin from configuration once. An existing account with that email is
   * left untouched (never overwritten); concurrent starts insert at most one row.
   */
  async ensureAdmin(email: string, password: string): Promise<'created' | 'exists'> {
    if (await this.users.findByEmail(email)) return 'exists';
    const created = await this.users.insertIfAbsent({
      email,
      fullName: 'Administrator',
      passwordHash: await hashPassword(password),
      isAdmin: true,
      // The installation's own address: nobody else could have set it.
      emailVerifiedAt: new Date(),
    });
    return created ? 'created' : 'exists';
  }
}
