import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '#config/index.js';
import { DomainError } from '#core/common/index.js';
import { REDIS } from '#queue/index.js';
import { countAuthAttempt, emailSubject, recentAuthAttempts } from './auth-attempts.js';

/** Each failure beyond the limit adds this much to the next check of that email... */
export const SLOWDOWN_STEP_MS = 250;
/** ...up to this: the owner signing in while their account is under attack waits no longer. */
export const MAX_SLOWDOWN_MS = 3000;

/**
 * How long to wait before checking a password for an email that failed `recentFailures` times
 * in the last one to two minutes: nothing while that stays within the per-minute limit (people
 * mistype), then a step more for each further failure, capped.
 */
export function slowdownMs(recentFailures: number, limitPerMinute: number): number {
  if (limitPerMinute === 0 || recentFailures <= limitPerMinute) return 0;
  return Math.min(MAX_SLOWDOWN_MS, (recentFailures - limitPerMinute) * SLOWDOWN_STEP_MS);
}

/**
 * Login throttling per email that cannot be turned against the email's owner. Refusing an
 * email after N failures (as a lockout does) lets anyone who knows it keep its owner out, so
 * failures per email only slow its password checks down: the right password from any address
 * not itself over the limit still succeeds, at most MAX_SLOWDOWN_MS later. Guessing is bounded
 * by the per-address limit (AuthRateLimitGuard, and the dashboard's basic auth); the delay
 * makes each guess against an account under attack hold a connection for seconds. The delay
 * depends on the email string alone, known or unknown, so it tells nothing about accounts.
 */
@Injectable()
export class LoginSlowdown {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Runs `verify` (a password check for `email`) after the delay; counts it if it fails. */
  async check<T>(email: string, verify: () => Promise<T>): Promise<T> {
    const subject = emailSubject(email);
    const limit = this.config.authRateLimitPerMinute;
    if (limit === 0 || subject === null) return verify();
    const delay = slowdownMs(await recentAuthAttempts(this.redis, this.config, subject), limit);
    if (delay > 0) await sleep(delay);
    try {
      return await verify();
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_CREDENTIALS')
        await countAuthAttempt(this.redis, this.config, [subject]);
      throw error;
    }
  }
}
