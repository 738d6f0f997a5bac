import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccountService, BrowserSessionService } from '#core/accounts/index.js';
import { DomainError } from '#core/common/index.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { IS_PUBLIC } from './public.decorator.js';
import { SessionCookie } from './session-cookie.js';
import { TokenService } from './token.service.js';

const unauthenticated = (message: string) =>
  new DomainError('unauthenticated', 'UNAUTHENTICATED', message);

/**
 * Global guard: every route needs a valid bearer token or the web app's session cookie unless
 * marked @Public(). The user is re-read from the database on every request (for a cookie, in the
 * same query as its session), so a deleted account or changed role counts at once; a token or
 * session issued before the user's current token version (a password change, a reset, sign out
 * everywhere) is refused. A bearer token wins over the cookie when both are sent.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
    private readonly sessions: BrowserSessionService,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const header = request.headers.authorization;
    if (header) {
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token)
        throw unauthenticated('The Authorization header must be "Bearer <token>"');
      const subject = await this.tokens.subject(token);
      // One query: the user, only if the token's version still counts (versionIsCurrent).
      const user = subject ? await this.accounts.findForToken(subject) : null;
      if (!user) throw unauthenticated('The token is invalid or has expired');
      request.user = user;
      return true;
    }
    const cookieValue = this.cookie.read(request.headers.cookie);
    if (cookieValue) {
      const session = await this.sessions.resolve(cookieValue);
      if (session) {
        request.user = session.user;
        request.browserSessionId = session.sessionId;
        return true;
      }
      // A stale cookie does not stop anyone reading public pages; elsewhere it is a sign-in.
      if (isPublic) return true;
      throw unauthenticated('The session has ended; sign in again');
    }
    if (isPublic) return true;
    throw unauthenticated('A bearer token or a session cookie is required');
  }
}
