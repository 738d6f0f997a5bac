import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { User } from '#core/accounts/index.js';
import { StaffDigestService } from '#core/digests/index.js';
import { EventStatsService } from '#core/stats/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { DigestDto, DigestQueryDto } from './dto/digest.dto.js';
import { EventStatsDto } from './dto/event-stats.dto.js';

/** What the organizer's console reads about one event: its figures and the staff digest. */
@ApiTags('console')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not an organizer or staff of the event' })
@Controller('events/:id')
export class ConsoleController {
  constructor(
    private readonly stats: EventStatsService,
    private readonly digests: StaffDigestService,
  ) {}

  /** Counts only: personal to the event's team, so `private, no-cache` (the default). */
  @Get('stats')
  @ApiOkResponse({ type: EventStatsDto, description: 'Organizers and event staff' })
  async eventStats(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
  ): Promise<EventStatsDto> {
    return EventStatsDto.from(await this.stats.forEvent(actor, eventId));
  }

  /** Carries medical notes: never stored. */
  @Get('digest')
  @NoStore()
  @ApiOkResponse({
    type: DigestDto,
    description: 'The staff digest of a local date, as its email says it, read now',
  })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'A malformed date' })
  async digest(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: DigestQueryDto,
  ): Promise<DigestDto> {
    const { event, day, medicalNotes } = await this.digests.forDate(actor, eventId, query.date);
    return DigestDto.from(event, day, medicalNotes);
  }
}
