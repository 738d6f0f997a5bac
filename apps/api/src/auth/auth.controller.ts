import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AccountService } from '#core/accounts/index.js';
import { Public } from '../common/auth/public.decorator.js';
import { TokenService } from '../common/auth/token.service.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { AccountEmailLimits } from './account-email-limits.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import { LoginSlowdown } from './login-slowdown.js';
import { LoginDto } from './dto/login.dto.js';
import { AuthSessionDto } from './dto/session.dto.js';
import { SignupDto } from './dto/signup.dto.js';
import { UserDto } from './dto/user.dto.js';

@ApiTags('accounts')
@ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'RATE_LIMITED' })
@Controller('auth')
@Public()
// Answers carry a fresh access token.
@NoStore()
@UseGuards(AuthRateLimitGuard)
export class AuthController {
  constructor(
    private readonly accounts: AccountService,
    private readonly tokens: TokenService,
    private readonly slowdown: LoginSlowdown,
    private readonly limits: AccountEmailLimits,
  ) {}

  @Post('signup')
  @ApiCreatedResponse({ type: AuthSessionDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'EMAIL_TAKEN' })
  async signup(@Body() body: SignupDto): Promise<AuthSessionDto> {
    const user = await this.accounts.signup(body);
    // The welcome email carries the verification link: it counts as this minute's one.
    await this.limits.takeVerificationSlot(user.id);
    return { user: UserDto.from(user), accessToken: await this.tokens.issue(user) };
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'INVALID_CREDENTIALS' })
  async login(@Body() body: LoginDto): Promise<AuthSessionDto> {
    const user = await this.slowdown.check(body.email, () =>
      this.accounts.authenticate(body.email, body.password),
    );
    return { user: UserDto.from(user), accessToken: await this.tokens.issue(user) };
  }
}
