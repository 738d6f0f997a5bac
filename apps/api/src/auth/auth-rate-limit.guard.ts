import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppConfig } from '#config/index.js';
import { REDIS } from '#queue/index.js';
import { addressSubject, countAuthAttempt, rateLimited } from './auth-attempts.js';

/**
 * Limits signup and login attempts per client address in fixed one-minute windows; an address
 * over the limit locks out only itself. Counters live in Redis, so the limit holds across every
 * API process. Failures per email slow its logins down instead (LoginSlowdown).
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.config.authRateLimitPerMinute === 0) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const verdict = await countAuthAttempt(this.redis, this.config, [addressSubject(request.ip)]);
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
