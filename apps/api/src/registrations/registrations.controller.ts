import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { RouteSchema } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { User } from '#core/accounts/index.js';
import { RegistrationService } from '#core/registrations/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { PageQueryDto } from '../common/http/page-query.dto.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { CreateRegistrationDto } from './dto/create-registration.dto.js';
import { RegistrationCsvQueryDto, RegistrationListQueryDto } from './dto/registration-query.dto.js';
import {
  REGISTRATION_LIST_RESPONSE,
  RegistrationChangeDto,
  RegistrationDto,
  RegistrationHistoryDto,
  RegistrationListDto,
} from './dto/registration.dto.js';
import { RejectRegistrationDto } from './dto/reject-registration.dto.js';
import { registrationsCsv } from './registrations-csv.js';

@ApiTags('registrations')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
// Registrations carry medical notes, emergency contacts and guardians; the CSV is an export.
@NoStore()
@Controller()
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationService) {}

  @Post('events/:id/registrations')
  @ApiCreatedResponse({ type: RegistrationDto, description: 'pending, confirmed or waitlisted' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'ALREADY_REGISTERED' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'REGISTRATION_CLOSED, GUARDIAN_CONSENT_REQUIRED, COUNTRY_NOT_ELIGIBLE',
  })
  async register(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Body() body: CreateRegistrationDto,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.register(actor, eventId, body));
  }

  @Get('events/:id/registrations')
  @ApiOkResponse({
    type: RegistrationListDto,
    description:
      'Organizers and event staff; `q` searches names and emails, with the other filters',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async list(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: RegistrationListQueryDto,
  ): Promise<RegistrationListDto> {
    const page = await this.registrations.listForEvent(actor, eventId, query);
    return {
      items: page.items.map((view) => RegistrationDto.from(view)),
      nextCursor: page.nextCursor,
    };
  }

  @Get('events/:id/registrations.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'UTF-8 with BOM and a header row; medical notes only with ?include=medical; the list’s filters (status, nationality, q) apply',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async csv(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: RegistrationCsvQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { include, ...search } = query;
    const views = await this.registrations.allForEvent(actor, eventId, search);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="registrations-${eventId}.csv"`);
    return registrationsCsv(views, include === 'medical');
  }

  @Get('me/registrations')
  @RouteSchema({ response: { 200: REGISTRATION_LIST_RESPONSE } })
  @ApiOkResponse({ type: RegistrationListDto, description: 'The caller’s own, newest first' })
  async mine(
    @CurrentUser() actor: User,
    @Query() query: PageQueryDto,
  ): Promise<RegistrationListDto> {
    const page = await this.registrations.listMine(actor, query);
    return {
      items: page.items.map((view) => RegistrationDto.from(view)),
      nextCursor: page.nextCursor,
    };
  }

  @Get('registrations/:id')
  @ApiOkResponse({ type: RegistrationDto })
  async get(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.get(actor, id));
  }

  @Get('registrations/:id/history')
  @ApiOkResponse({ type: RegistrationHistoryDto })
  async history(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<RegistrationHistoryDto> {
    const changes = await this.registrations.history(actor, id);
    return { items: changes.map((change) => RegistrationChangeDto.from(change)) };
  }

  @Post('registrations/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'INVALID_STATE' })
  async approve(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.approve(actor, id));
  }

  @Post('registrations/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'INVALID_STATE' })
  async reject(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RejectRegistrationDto,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.reject(actor, id, body.reason ?? null));
  }

  @Post('registrations/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'INVALID_STATE' })
  async cancel(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.cancel(actor, id));
  }
}
