import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../../../libs/config/src/index.js';
import { normalizeEmail } from '../../../../libs/core/src/accounts/normalize-email.js';
import { DomainError } from '../../../../libs/core/src/common/domain-error.js';
import { REDIS, redisKey } from '../../../../libs/queue/src/index.js';

const WINDOW_SECONDS = 60;

/**
 * Limits signup and login attempts per client address and per email in fixed one-minute
 * windows. Counters live in Redis, so the limit holds across every API process.
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.config.authRateLimitPerMinute;
    if (limit === 0) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const window = Math.floor(Date.now() / 1000 / WINDOW_SECONDS);
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const subjects = [`ip:${request.ip}`];
    if (typeof email === 'string' && email.length <= 254)
      subjects.push(`email:${normalizeEmail(email)}`);

    const pipeline = this.redis.multi();
    for (const subject of subjects) {
      const key = redisKey(this.config.queuePrefix, 'rate', 'auth', subject, window);
      pipeline.incr(key).expire(key, WINDOW_SECONDS * 2);
    }
    const results = (await pipeline.exec()) ?? [];
    const counts = results.filter((_, index) => index % 2 === 0).map(([, count]) => Number(count));
    if (counts.some((count) => count > limit)) {
      const retryAfter = WINDOW_SECONDS - (Math.floor(Date.now() / 1000) % WINDOW_SECONDS);
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('retry-after', String(retryAfter));
      throw new DomainError(
        'rate_limited',
        'RATE_LIMITED',
        `Too many attempts; try again in ${retryAfter} s`,
      );
    }
    return true;
  }
}
