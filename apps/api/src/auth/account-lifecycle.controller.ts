import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AccountLifecycleService, type User } from '#core/accounts/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { AccountEmailLimits } from './account-email-limits.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import {
  AcceptedDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  UserEnvelopeDto,
  VerifyEmailDto,
} from './dto/account-lifecycle.dto.js';
import { UserDto } from './dto/user.dto.js';

const RESET_ACCEPTED: AcceptedDto = {
  message:
    'If an account exists for this email, we have sent it a link to choose a new password. The link works for 1 hour.',
};
const VERIFICATION_ACCEPTED: AcceptedDto = {
  message:
    'If your email address is not verified yet, a new link is on its way (at most one email a minute).',
};

/** Verifying an email address and resetting a forgotten password, with links sent by email. */
@ApiTags('accounts')
@Controller('auth')
@NoStore()
export class AccountLifecycleController {
  constructor(
    private readonly lifecycle: AccountLifecycleService,
    private readonly limits: AccountEmailLimits,
  ) {}

  @Post('verify-email')
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Verify the email address with the token of an emailed link' })
  @ApiOkResponse({ type: UserEnvelopeDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'TOKEN_INVALID: unknown, used, replaced by a newer link, or older than 7 days',
  })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'RATE_LIMITED' })
  async verify(@Body() body: VerifyEmailDto): Promise<UserEnvelopeDto> {
    return { user: UserDto.from(await this.lifecycle.verifyEmail(body.token)) };
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Send a new verification link',
    description:
      'At most one verification email a minute per user (the welcome email counts); more ' +
      'requests are answered the same and send nothing. A new link voids the earlier ones.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'UNAUTHENTICATED' })
  async resend(@CurrentUser() actor: User): Promise<AcceptedDto> {
    if (!actor.emailVerifiedAt && (await this.limits.takeVerificationSlot(actor.id)))
      await this.lifecycle.requestVerificationEmail(actor);
    return VERIFICATION_ACCEPTED;
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a password reset link',
    description:
      'Always 202 with the same body, for known and unknown emails alike and over the limits ' +
      '(then nothing is sent). Limits: per client address (AUTH_RATE_LIMIT_PER_MINUTE) and one ' +
      'email a minute per email address. The link (/reset-password?token=) works once, for 1 hour.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  async requestReset(
    @Body() body: PasswordResetRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<AcceptedDto> {
    if (await this.limits.allowPasswordReset(request.ip, body.email))
      await this.lifecycle.requestPasswordReset(body.email);
    return RESET_ACCEPTED;
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({
    summary: 'Choose a new password with the token of an emailed reset link',
    description:
      'Revokes every session and access token of the account; sign in again afterwards. The ' +
      'address counts as verified from then on.',
  })
  @ApiOkResponse({ type: UserEnvelopeDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'TOKEN_INVALID: unknown, used, replaced by a newer link, or older than 1 hour',
  })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'RATE_LIMITED' })
  async confirmReset(@Body() body: PasswordResetConfirmDto): Promise<UserEnvelopeDto> {
    return { user: UserDto.from(await this.lifecycle.resetPassword(body.token, body.password)) };
  }
}
