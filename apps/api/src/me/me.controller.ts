import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { User } from '#core/accounts/index.js';
import { MembershipRepository } from '#core/organizations/index.js';
import { UserDto } from '../auth/dto/user.dto.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { MeDto } from './me.dto.js';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly memberships: MembershipRepository) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  async me(@CurrentUser() actor: User): Promise<MeDto> {
    const memberships = await this.memberships.listForUser(actor.id);
    return {
      ...UserDto.from(actor),
      memberships: memberships.map(({ organizationId, role }) => ({ organizationId, role })),
    };
  }
}
