import type { Redis } from 'ioredis';
import type { AppConfig } from '#config/index.js';
import { normalizeEmail } from '#core/accounts/index.js';
import { DomainError } from '#core/common/index.js';
import { redisKey } from '#queue/index.js';
import { clientNetwork } from './client-network.js';

/** Attempts are counted in fixed windows of this length. */
export const AUTH_ATTEMPT_WINDOW_SECONDS = 60;

type LimitSettings = Pick<AppConfig, 'queuePrefix' | 'authRateLimitPerMinute'>;

/** Whether a client is over the limit, and when the current window ends. */
export interface AuthAttemptVerdict {
  limited: boolean;
  retryAfterSeconds: number;
}

/**
 * The counter of one client address (an IPv6 address's /64, see clientNetwork). Signup, login
 * and the queue dashboard's basic auth share it, so alternating between them buys no extra
 * attempts. Over the limit, the address is refused: it can only lock itself out.
 */
export const addressSubject = (ip: string): string => `ip:${clientNetwork(ip)}`;

/**
 * The counter of failed password checks for one email, whichever address they came from. It
 * never refuses anyone (that would let anybody lock the owner out); it slows the checks down,
 * see LoginSlowdown. Null for an email too long to be one, which no check accepts anyway.
 */
export function emailSubject(email: string): string | null {
  return email.length <= 254 ? `email:${normalizeEmail(email)}` : null;
}

function windowOf(now: number): { key: number; retryAfterSeconds: number } {
  const seconds = Math.floor(now / 1000);
  return {
    key: Math.floor(seconds / AUTH_ATTEMPT_WINDOW_SECONDS),
    retryAfterSeconds: AUTH_ATTEMPT_WINDOW_SECONDS - (seconds % AUTH_ATTEMPT_WINDOW_SECONDS),
  };
}

const keyOf = (settings: LimitSettings, subject: string, window: number) =>
  redisKey(settings.queuePrefix, 'rate', 'auth', subject, window);

/**
 * Counts one attempt for every subject in the current window (in Redis, so the limit holds
 * across API processes); limited when any count is now over AUTH_RATE_LIMIT_PER_MINUTE.
 */
export async function countAuthAttempt(
  redis: Redis,
  settings: LimitSettings,
  subjects: string[],
  now = Date.now(),
): Promise<AuthAttemptVerdict> {
  const limit = settings.authRateLimitPerMinute;
  const window = windowOf(now);
  if (limit === 0) return { limited: false, retryAfterSeconds: window.retryAfterSeconds };
  const pipeline = redis.multi();
  for (const subject of subjects) {
    const key = keyOf(settings, subject, window.key);
    pipeline.incr(key).expire(key, AUTH_ATTEMPT_WINDOW_SECONDS * 2);
  }
  const results = (await pipeline.exec()) ?? [];
  const counts = results.filter((_, index) => index % 2 === 0).map(([, count]) => Number(count));
  return {
    limited: counts.some((count) => count > limit),
    retryAfterSeconds: window.retryAfterSeconds,
  };
}

/**
 * Reads the counters without counting: limited when any subject has used up the window's
 * attempts already, so one more would be over. For checks that count only failures.
 */
export async function authAttemptsExhausted(
  redis: Redis,
  settings: LimitSettings,
  subjects: string[],
  now = Date.now(),
): Promise<AuthAttemptVerdict> {
  const limit = settings.authRateLimitPerMinute;
  const window = windowOf(now);
  if (limit === 0) return { limited: false, retryAfterSeconds: window.retryAfterSeconds };
  const counts = await redis.mget(subjects.map((subject) => keyOf(settings, subject, window.key)));
  return {
    limited: counts.some((count) => Number(count ?? 0) >= limit),
    retryAfterSeconds: window.retryAfterSeconds,
  };
}

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(
    'rate_limited',
    'RATE_LIMITED',
    `Too many attempts; try again in ${retryAfterSeconds} s`,
  );

/**
 * How many attempts a subject made in the current window and the one before it: "recent",
 * without the count dropping to zero the instant a window turns.
 */
export async function recentAuthAttempts(
  redis: Redis,
  settings: LimitSettings,
  subject: string,
  now = Date.now(),
): Promise<number> {
  const window = windowOf(now);
  const counts = await redis.mget(
    keyOf(settings, subject, window.key - 1),
    keyOf(settings, subject, window.key),
  );
  return counts.reduce((sum, count) => sum + Number(count ?? 0), 0);
}
