import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { User } from '#core/accounts/index.js';
import { OrganizationService } from '#core/organizations/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { PageQueryDto } from '../common/http/page-query.dto.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { MembershipDto, MembershipListDto, SetMemberDto } from './dto/membership.dto.js';
import {
  CreateOrganizationDto,
  OrganizationDto,
  OrganizationListDto,
} from './dto/organization.dto.js';

@ApiTags('organizations')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto })
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationService) {}

  @Post()
  @ApiCreatedResponse({ type: OrganizationDto, description: 'Admins only' })
  async create(
    @CurrentUser() actor: User,
    @Body() body: CreateOrganizationDto,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.create(actor, body.name));
  }

  @Get()
  @ApiOkResponse({
    type: OrganizationListDto,
    description: 'All for an admin, else the caller’s own',
  })
  async list(
    @CurrentUser() actor: User,
    @Query() query: PageQueryDto,
  ): Promise<OrganizationListDto> {
    const page = await this.organizations.listVisible(actor, query);
    return {
      items: page.items.map((organization) => OrganizationDto.from(organization)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  async get(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.getVisible(actor, id));
  }

  @Get(':id/members')
  @ApiOkResponse({ type: MembershipListDto })
  async members(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<MembershipListDto> {
    const page = await this.organizations.listMembers(actor, id, query);
    return {
      items: page.items.map((membership) => MembershipDto.from(membership)),
      nextCursor: page.nextCursor,
    };
  }

  @Post(':id/members')
  @ApiCreatedResponse({ type: MembershipDto, description: 'A new member' })
  @ApiOkResponse({ type: MembershipDto, description: 'An existing member whose role was set' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'LAST_ORGANIZER' })
  async setMember(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SetMemberDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MembershipDto> {
    const change = await this.organizations.setMember(actor, id, body.email, body.role);
    void reply.status(change.created ? 201 : 200);
    return MembershipDto.from(change.membership);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'LAST_ORGANIZER' })
  async removeMember(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<void> {
    await this.organizations.removeMember(actor, id, userId);
  }
}
