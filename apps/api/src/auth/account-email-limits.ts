import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '#config/index.js';
import { normalizeEmail } from '#core/accounts/index.js';
import { REDIS, redisKey } from '#queue/index.js';
import { addressSubject, countAuthAttempt } from './auth-attempts.js';

/** At most one verification email, and one reset email per address, in this many seconds. */
export const ACCOUNT_EMAIL_INTERVAL_SECONDS = 60;

/**
 * How often account emails may be asked for, counted in Redis across API processes: one
 * verification email a minute per user (the welcome counts), and for password resets a limit per
 * client address (AUTH_RATE_LIMIT_PER_MINUTE, its own counter) and one email a minute per email
 * address, known or not (the key is a hash of the normalised address, so Redis holds no address).
 */
@Injectable()
export class AccountEmailLimits {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Takes the user's verification email slot for the next minute; false when it is taken. */
  async takeVerificationSlot(userId: string): Promise<boolean> {
    return this.takeSlot(redisKey(this.config.queuePrefix, 'rate', 'verify-email', userId));
  }

  /**
   * Counts a reset request against the client address, then (within the address's limit, so an
   * address over it cannot use up anyone's slot) takes the email's slot: true when both allow an
   * email. The same Redis work happens whatever the email, known or unknown.
   */
  async allowPasswordReset(ip: string, email: string): Promise<boolean> {
    const address = await countAuthAttempt(this.redis, this.config, [
      `password-reset:${addressSubject(ip)}`,
    ]);
    if (address.limited) return false;
    const emailHash = createHash('sha256').update(normalizeEmail(email)).digest('base64url');
    return this.takeSlot(redisKey(this.config.queuePrefix, 'rate', 'password-reset', emailHash));
  }

  private async takeSlot(key: string): Promise<boolean> {
    const set = await this.redis.set(key, '1', 'EX', ACCOUNT_EMAIL_INTERVAL_SECONDS, 'NX');
    return set === 'OK';
  }
}
