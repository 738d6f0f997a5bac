import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccountService } from '#core/accounts/index.js';
import { DomainError } from '#core/common/index.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenService } from './token.service.js';

const unauthenticated = (message: string) =>
  new DomainError('unauthenticated', 'UNAUTHENTICATED', message);

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(). The user is
 * re-read from the database on every request, so a deleted account or changed role counts at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const header = request.headers.authorization;
    if (!header) {
      if (isPublic) return true;
      throw unauthenticated('A bearer token is required');
    }
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const userId = await this.tokens.subject(token);
    const user = userId ? await this.accounts.findById(userId) : null;
    if (!user) throw unauthenticated('The token is invalid or has expired');
    request.user = user;
    return true;
  }
}
