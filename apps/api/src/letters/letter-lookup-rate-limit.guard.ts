import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppConfig } from '#config/index.js';
import { REDIS } from '#queue/index.js';
import { addressSubject, countAuthAttempt, rateLimited } from '../auth/auth-attempts.js';

/**
 * Limits public letter checks per client address, with the sign-in limit's machinery and
 * number (AUTH_RATE_LIMIT_PER_MINUTE, a counter of its own, off at 0): references carry 80
 * random bits, and the limit keeps anyone from even trying to walk them.
 */
@Injectable()
export class LetterLookupRateLimitGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.config.authRateLimitPerMinute === 0) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const verdict = await countAuthAttempt(this.redis, this.config, [
      `letters:${addressSubject(request.ip)}`,
    ]);
    if (verdict.limited) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('retry-after', String(verdict.retryAfterSeconds));
      throw rateLimited(verdict.retryAfterSeconds);
    }
    return true;
  }
}
