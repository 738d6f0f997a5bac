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
  Req,
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
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '#core/accounts/index.js';
import type { Event } from '#core/events/index.js';
import { notFound, validationFailed } from '#core/common/index.js';
import {
  CalendarService,
  EVENT_ITINERARY_SOURCES,
  ItineraryService,
  ItineraryVersions,
  MY_ITINERARY_SOURCES,
  type SessionInput,
  type SessionPatch,
  SessionService,
} from '#core/itinerary/index.js';
import { AccommodationService } from '#core/rooms/index.js';
import { MissionService, TeamService } from '#core/teams/index.js';
import { PickupService } from '#core/travel/index.js';
import { localIso } from '../teams/teams.dto.js';
import { ItineraryAccommodationDto } from '../rooms/rooms.dto.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { namedFields, toInstant } from '../common/http/partial-body.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { EventDto } from '../events/dto/event.dto.js';
import {
  CalendarUrlDto,
  ItineraryDto,
  MyItineraryDto,
  type ItineraryPickupDto,
} from './dto/itinerary.dto.js';
import { CreateSessionDto, UpdateSessionDto } from './dto/session-input.dto.js';
import { SessionDto, SessionListDto } from './dto/session.dto.js';
import { VersionedAnswers } from './versioned-answer.js';

export class EventIdQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;
}

const sendCalendar = (reply: FastifyReply, ics: string) =>
  void reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('cache-control', 'private, max-age=300')
    .send(ics);

@ApiTags('itinerary')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
@Controller()
export class ItineraryController {
  /** Answers by tag: a few hundred itineraries of 30 to 40 KB at most. */
  private readonly answers = new VersionedAnswers(300);

  constructor(
    private readonly sessions: SessionService,
    private readonly itinerary: ItineraryService,
    private readonly versions: ItineraryVersions,
    private readonly calendars: CalendarService,
    private readonly teams: TeamService,
    private readonly missions: MissionService,
    private readonly accommodations: AccommodationService,
    private readonly pickups: PickupService,
  ) {}

  /** The participant's rooms, in order of check-in: the itinerary's accommodation part. */
  private async itineraryAccommodation(
    userId: string,
    eventId: string,
  ): Promise<ItineraryAccommodationDto[]> {
    return (await this.accommodations.staysOf(userId, eventId)).map((stay) =>
      ItineraryAccommodationDto.from(stay),
    );
  }

  /** The participant's airport pickups, for `/me/itinerary` (airport, meeting time in its zone, note). */
  private async itineraryPickups(userId: string, eventId: string): Promise<ItineraryPickupDto[]> {
    const pickups = await this.pickups.forParticipant(userId, eventId);
    return pickups.map((pickup) => ({
      airport: pickup.airport,
      meetAt: pickup.meetAt.toISOString(),
      localMeet: pickup.localMeet,
      timezone: pickup.timezone,
      note: pickup.note,
    }));
  }

  @Post('events/:id/sessions')
  @ApiCreatedResponse({ type: SessionDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'VENUE_CONFLICT' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'OUTSIDE_EVENT_DATES' })
  async create(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Body() body: CreateSessionDto,
  ): Promise<SessionDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt) throw endsBeforeStart();
    const input: SessionInput = { ...(namedFields(body) as CreateSessionDto), startsAt, endsAt };
    return SessionDto.from(await this.sessions.create(actor, eventId, input));
  }

  @Get('events/:id/sessions')
  @Public()
  @ApiOkResponse({
    type: SessionListDto,
    description: 'As the itinerary; cancelled sessions included',
  })
  async list(
    @CurrentUser() actor: User | null,
    @Param('id', UuidParamPipe) eventId: string,
  ): Promise<SessionListDto> {
    return {
      items: (await this.sessions.list(actor, eventId)).map((session) => SessionDto.from(session)),
      nextCursor: null,
    };
  }

  @Get('sessions/:id')
  @Public()
  @ApiOkResponse({ type: SessionDto })
  async get(
    @CurrentUser() actor: User | null,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<SessionDto> {
    return SessionDto.from(await this.sessions.get(actor, id));
  }

  @Patch('sessions/:id')
  @ApiOkResponse({ type: SessionDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'VENUE_CONFLICT, INVALID_STATE' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'OUTSIDE_EVENT_DATES' })
  async update(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateSessionDto,
  ): Promise<SessionDto> {
    const patch = namedFields({
      ...body,
      startsAt: toInstant(body.startsAt),
      endsAt: toInstant(body.endsAt),
    }) as SessionPatch;
    return SessionDto.from(await this.sessions.update(actor, id, patch));
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Kept as cancelled' })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async remove(@CurrentUser() actor: User, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.sessions.cancel(actor, id);
  }

  @Get('events/:id/itinerary')
  @Public()
  @ApiOkResponse({ type: ItineraryDto })
  async eventItinerary(
    @CurrentUser() actor: User | null,
    @Param('id', UuidParamPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Authorization first: a reader who may not see it gets 404 whatever tag they send.
    const event = await this.itinerary.readableEvent(actor, eventId);
    const etag = await this.versions.etag('event', EVENT_ITINERARY_SOURCES, eventId, null);
    await this.answers.send(request, reply, etag, async () =>
      ItineraryDto.from(await this.itinerary.of(event)),
    );
  }

  @Get('events/:id/itinerary.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545, with a VTIMEZONE for every TZID' })
  async eventCalendar(
    @CurrentUser() actor: User | null,
    @Param('id', UuidParamPipe) eventId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendCalendar(reply, await this.calendars.eventCalendar(actor, eventId));
  }

  @Get('me/itinerary')
  @ApiOkResponse({ type: MyItineraryDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not a confirmed participant' })
  async myItinerary(
    @CurrentUser() actor: User,
    @Query() query: EventIdQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Authorization first (404 or 403), then the tag of everything the answer is made of.
    const event = await this.itinerary.participantEvent(actor, query.eventId);
    const etag = await this.versions.etag('mine', MY_ITINERARY_SOURCES, query.eventId, actor.id);
    await this.answers.send(request, reply, etag, () => this.buildMyItinerary(actor, event));
  }

  private async buildMyItinerary(actor: User, event: Event): Promise<MyItineraryDto> {
    const query = { eventId: event.id };
    const itinerary = await this.itinerary.of(event);
    const team = await this.teams.teamOf(actor.id, query.eventId);
    const missions = await this.missions.forTeam(query.eventId, team?.team.id ?? null);
    return {
      event: EventDto.from(itinerary.event),
      ...ItineraryDto.from(itinerary),
      // Teammates appear as a name and a nationality only.
      team: team
        ? {
            id: team.team.id,
            name: team.team.name,
            members: team.members.map(({ fullName, nationality }) => ({ fullName, nationality })),
          }
        : null,
      missions: missions.map(({ mission, submitted, eventTimezone }) => ({
        id: mission.id,
        title: mission.title,
        dueAt: mission.dueAt.toISOString(),
        localDue: localIso(mission.dueAt, eventTimezone),
        submitted,
      })),
      accommodation: await this.itineraryAccommodation(actor.id, query.eventId),
      pickups: await this.itineraryPickups(actor.id, query.eventId),
    };
  }

  @Get('me/calendar-url')
  @ApiOkResponse({ type: CalendarUrlDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not a confirmed participant' })
  async calendarUrl(
    @CurrentUser() actor: User,
    @Query() query: EventIdQueryDto,
  ): Promise<CalendarUrlDto> {
    return { url: await this.calendars.feedUrl(actor, query.eventId) };
  }

  @Post('me/calendar-url/rotate')
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarUrlDto, description: 'The old URL answers 404 from now on' })
  async rotateCalendarUrl(
    @CurrentUser() actor: User,
    @Query() query: EventIdQueryDto,
  ): Promise<CalendarUrlDto> {
    return { url: await this.calendars.rotate(actor, query.eventId) };
  }

  @Get('calendar/:file')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'A personal feed: GET /calendar/<token>.ics' })
  async personalCalendar(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('Calendar');
    sendCalendar(reply, await this.calendars.personalCalendar(token));
  }
}

function endsBeforeStart() {
  return validationFailed([
    { field: 'endsAt', constraint: 'afterStartsAt', message: 'endsAt must be after startsAt' },
  ]);
}
