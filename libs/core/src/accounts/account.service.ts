import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { emailTaken, invalidCredentials } from './accounts.errors.js';
import { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hasher.js';
import { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';

export interface SignupInput {
  email: string;
  password: string;
  fullName: string;
}

// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly notifications: NotificationSchedulerService,
  ) {}

  /** Creates the account and, in the same transaction, plans its welcome email. */
  async signup(input: SignupInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.users.insertIfAbsent(
        { email: input.email, fullName: input.fullName.trim(), passwordHash, isAdmin: false },
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
    });
    return created ? 'created' : 'exists';
  }
}
