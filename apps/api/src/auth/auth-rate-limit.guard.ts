import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../../../libs/config/src/index.js';
import { REDIS } from '../../../../libs/queue/src/index.js';
import { authAttemptSubjects, countAuthAttempt, rateLimited } from './auth-attempts.js';

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
    if (this.config.authRateLimitPerMinute === 0) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const verdict = await countAuthAttempt(
      this.redis,
      this.config,
      authAttemptSubjects(request.ip, email),
    );
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
