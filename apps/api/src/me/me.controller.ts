import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccountService, BrowserSessionService, type User } from '#core/accounts/index.js';
import { MembershipRepository } from '#core/organizations/index.js';
import { AuthRateLimitGuard } from '../auth/auth-rate-limit.guard.js';
import { AuthSessionDto } from '../auth/dto/session.dto.js';
import { UserDto } from '../auth/dto/user.dto.js';
import { LoginSlowdown } from '../auth/login-slowdown.js';
import type { AuthenticatedRequest } from '../common/auth/authenticated-request.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { SessionCookie } from '../common/auth/session-cookie.js';
import { TokenService } from '../common/auth/token.service.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { namedFields } from '../common/http/partial-body.js';
import { ChangePasswordDto, UpdateMeDto } from './me-changes.dto.js';
import { MeDto } from './me.dto.js';

@ApiTags('accounts')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'UNAUTHENTICATED' })
@Controller('me')
export class MeController {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly accounts: AccountService,
    private readonly sessions: BrowserSessionService,
    private readonly cookie: SessionCookie,
    private readonly tokens: TokenService,
    private readonly slowdown: LoginSlowdown,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() actor: User): Promise<MeDto> {
    return MeDto.withMemberships(actor, await this.memberships.listForUser(actor.id));
  }

  @Patch()
  @ApiOperation({
    summary: 'Change your name, language or time zone',
    description:
      '`locale` is one of en, ko, vi, th, id; `timezone` an IANA zone (stored canonical; null clears it).',
  })
  @ApiOkResponse({ type: MeDto })
  async update(@CurrentUser() actor: User, @Body() body: UpdateMeDto): Promise<MeDto> {
    const user = await this.accounts.updateProfile(actor, namedFields(body));
    return MeDto.withMemberships(user, await this.memberships.listForUser(user.id));
  }

  @Post('password')
  @HttpCode(200)
  @NoStore()
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Change your password',
    description:
      'Revokes every other session and every access token issued before; answers with a fresh ' +
      'access token, and sets a fresh session cookie when called with the cookie. A wrong ' +
      'current password is 422 INVALID_CREDENTIALS, throttled like login.',
  })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'RATE_LIMITED' })
  async changePassword(
    @CurrentUser() actor: User,
    @Body() body: ChangePasswordDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthSessionDto> {
    await this.slowdown.check(actor.email, () =>
      this.accounts.checkPassword(actor, body.currentPassword),
    );
    const user = await this.accounts.changePassword(actor, body.newPassword);
    if (request.browserSessionId) {
      const opened = await this.sessions.open(user);
      void reply.header('set-cookie', this.cookie.issue(opened.cookieValue));
    }
    return { user: UserDto.from(user), accessToken: await this.tokens.issue(user) };
  }
}
