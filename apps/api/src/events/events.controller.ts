import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { User } from '#core/accounts/index.js';
import { type EventInput, type EventPatch, EventService } from '#core/events/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { PageQueryDto } from '../common/http/page-query.dto.js';
import { namedFields, toInstant } from '../common/http/partial-body.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { CreateEventDto } from './dto/create-event.dto.js';
import { EventListQueryDto } from './dto/event-list-query.dto.js';
import { AddEventStaffDto, EventStaffDto, EventStaffListDto } from './dto/event-staff.dto.js';
import { EventDto, EventListDto } from './dto/event.dto.js';
import { UpdateEventDto } from './dto/update-event.dto.js';

@ApiTags('events')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventService) {}

  @Post()
  @ApiCreatedResponse({ type: EventDto, description: 'A draft' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not an organizer of the organization' })
  async create(@CurrentUser() actor: User, @Body() body: CreateEventDto): Promise<EventDto> {
    const input: EventInput = {
      ...(namedFields(body) as CreateEventDto),
      registrationOpensAt: toInstant(body.registrationOpensAt),
      registrationClosesAt: toInstant(body.registrationClosesAt),
    };
    return EventDto.from(await this.events.create(actor, input));
  }

  @Get()
  @Public()
  @ApiOkResponse({
    type: EventListDto,
    description: 'Published and cancelled events, plus drafts the caller organizes or staffs',
  })
  async list(
    @CurrentUser() actor: User | null,
    @Query() query: EventListQueryDto,
  ): Promise<EventListDto> {
    const page = await this.events.list(actor, query);
    return { items: page.items.map((event) => EventDto.from(event)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: EventDto })
  async get(
    @CurrentUser() actor: User | null,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<EventDto> {
    return EventDto.from(await this.events.get(actor, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: EventDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'CAPACITY_BELOW_CONFIRMED, QUOTA_BELOW_CONFIRMED, INVALID_STATE',
  })
  async update(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateEventDto,
  ): Promise<EventDto> {
    const patch: EventPatch = namedFields({
      ...body,
      registrationOpensAt: toInstant(body.registrationOpensAt),
      registrationClosesAt: toInstant(body.registrationClosesAt),
    });
    return EventDto.from(await this.events.update(actor, id, patch));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'INVALID_STATE' })
  async publish(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<EventDto> {
    return EventDto.from(await this.events.publish(actor, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'INVALID_STATE' })
  async cancel(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<EventDto> {
    return EventDto.from(await this.events.cancel(actor, id));
  }

  @Get(':id/staff')
  @ApiOkResponse({ type: EventStaffListDto })
  async staff(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<EventStaffListDto> {
    const page = await this.events.listStaff(actor, id, query);
    return {
      items: page.items.map((member) => EventStaffDto.from(member)),
      nextCursor: page.nextCursor,
    };
  }

  @Post(':id/staff')
  @ApiCreatedResponse({
    type: EventStaffDto,
    description: 'Added (200 if they already were staff)',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'NOT_A_MEMBER' })
  async addStaff(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AddEventStaffDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EventStaffDto> {
    const { staff, created } = await this.events.addStaff(actor, id, body.email);
    void reply.status(created ? 201 : 200);
    return EventStaffDto.from(staff);
  }

  @Delete(':id/staff/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeStaff(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<void> {
    await this.events.removeStaff(actor, id, userId);
  }
}
