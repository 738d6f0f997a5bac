import { ApiProperty } from '@nestjs/swagger';
import type { Itinerary } from '../../../../../libs/core/src/itinerary/itinerary.service.js';
import { EventDto } from '../../events/dto/event.dto.js';
import { SessionDto } from './session.dto.js';

export class ItineraryDayDto {
  @ApiProperty({ example: '2027-07-17', description: 'Local date where the sessions happen' })
  date!: string;
  @ApiProperty({ example: 'Asia/Seoul', description: 'Zone of the day’s first session' })
  timezone!: string;
  @ApiProperty({ type: [SessionDto] }) sessions!: SessionDto[];
}

export class ItineraryWarningDto {
  @ApiProperty({ enum: ['MANDATORY_OVERLAP'] }) code!: 'MANDATORY_OVERLAP';
  @ApiProperty({ type: [String] }) sessionIds!: string[];
}

export class ItineraryDto {
  @ApiProperty({ type: [ItineraryDayDto] }) days!: ItineraryDayDto[];
  @ApiProperty({ type: [ItineraryWarningDto] }) warnings!: ItineraryWarningDto[];

  static from(itinerary: Itinerary): ItineraryDto {
    return {
      days: itinerary.days.map((day) => ({
        date: day.date,
        timezone: day.timezone,
        sessions: day.sessions.map((session) => SessionDto.from(session)),
      })),
      warnings: itinerary.warnings,
    };
  }
}

export class MyItineraryDto extends ItineraryDto {
  @ApiProperty({ type: EventDto }) event!: EventDto;
  @ApiProperty({
    type: 'object',
    nullable: true,
    description: 'Your team, once teams are formed',
    properties: {},
  })
  team!: null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Missions of your team, once missions exist',
  })
  missions!: never[];
}

export class CalendarUrlDto {
  @ApiProperty({ description: 'A secret personal feed; keep it private' }) url!: string;
}
