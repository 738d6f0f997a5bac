import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccountService, BrowserSessionService, type User } from '#core/accounts/index.js';
import { DomainError } from '#core/common/index.js';
import { MembershipRepository } from '#core/organizations/index.js';
import { MeDto } from '#api/me/me.dto.js';
import type { AuthenticatedRequest } from '../common/auth/authenticated-request.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { SESSION_COOKIE, SessionCookie } from '../common/auth/session-cookie.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import { BrowserSessionDto } from './dto/browser-session.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { LoginSlowdown } from './login-slowdown.js';

const SET_COOKIE = {
  'Set-Cookie': {
    description: `${SESSION_COOKIE}=<sessionId>.<secret>; Path=/; Max-Age=<JWT_TTL seconds>; HttpOnly; SameSite=Lax (+ Secure when PUBLIC_URL is https)`,
    schema: { type: 'string' },
  },
};
const CLEAR_COOKIE = {
  'Set-Cookie': {
    description: `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax: the browser drops the cookie`,
    schema: { type: 'string' },
  },
};

/**
 * The web app's browser sessions: sign in with a password for a `gofar_session` cookie, read the
 * session, sign out, sign out everywhere. Changes sent with the cookie, and every sign-in here,
 * must come from the app's own origin (403 CSRF_REJECTED otherwise, see csrf.ts).
 */
@ApiTags('accounts')
@Controller('auth')
@NoStore()
export class SessionController {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: BrowserSessionService,
    private readonly cookie: SessionCookie,
    private readonly slowdown: LoginSlowdown,
    private readonly memberships: MembershipRepository,
  ) {}

  @Post('session')
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Sign in a browser: sets the gofar_session cookie',
    description:
      'Same checks, errors, rate limit and slowdown as POST /auth/login. The request must carry ' +
      '`Origin` equal to the origin of PUBLIC_URL (or, without `Origin`, `Sec-Fetch-Site: ' +
      'same-origin`), else 403 CSRF_REJECTED. No access token is returned: the cookie is the ' +
      'credential, valid for JWT_TTL unless signed out or revoked.',
  })
  @ApiOkResponse({ type: BrowserSessionDto, headers: SET_COOKIE })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'INVALID_CREDENTIALS' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'CSRF_REJECTED' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'RATE_LIMITED' })
  async signIn(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BrowserSessionDto> {
    const user = await this.slowdown.check(body.email, () =>
      this.accounts.authenticate(body.email, body.password),
    );
    const opened = await this.sessions.open(user);
    void reply.header('set-cookie', this.cookie.issue(opened.cookieValue));
    return { user: await this.me(user) };
  }

  @Get('session')
  @Public()
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'The signed-in account of this browser',
    description: 'Answers 401 UNAUTHENTICATED when the request carries no live session cookie.',
  })
  @ApiOkResponse({ type: BrowserSessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'UNAUTHENTICATED' })
  async current(@Req() request: AuthenticatedRequest): Promise<BrowserSessionDto> {
    if (!request.browserSessionId || !request.user)
      throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'This browser is not signed in');
    return { user: await this.me(request.user) };
  }

  @Delete('session')
  @Public()
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Sign this browser out',
    description:
      'Revokes the session of the cookie (its value answers 401 from then on) and clears the ' +
      'cookie. Answers 204 also when the session had already ended.',
  })
  @ApiNoContentResponse({ headers: CLEAR_COOKIE })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'CSRF_REJECTED' })
  async signOut(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (request.browserSessionId && request.user)
      await this.sessions.revoke(request.browserSessionId, request.user.id);
    void reply.header('set-cookie', this.cookie.clear());
  }

  @Delete('sessions')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Sign out everywhere',
    description:
      'Revokes every browser session and every access token of the caller, the one of this ' +
      'request included; clears the cookie when it came with one.',
  })
  @ApiNoContentResponse({ headers: CLEAR_COOKIE })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'UNAUTHENTICATED' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'CSRF_REJECTED' })
  async signOutEverywhere(
    @CurrentUser() actor: User,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.revokeEverySession(actor);
    if (this.cookie.read(request.headers.cookie))
      void reply.header('set-cookie', this.cookie.clear());
  }

  private async me(user: User): Promise<MeDto> {
    return MeDto.withMemberships(user, await this.memberships.listForUser(user.id));
  }
}
