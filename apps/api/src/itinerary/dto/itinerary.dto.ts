import { ApiProperty } from '@nestjs/swagger';
import type { Itinerary } from '#core/itinerary/index.js';
import { EventDto } from '#api/events/dto/event.dto.js';
import { SessionDto } from './session.dto.js';
import { ItineraryAccommodationDto } from '#api/rooms/rooms.dto.js';

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

class ItineraryTeamMemberDto {
  @ApiProperty() fullName!: string;
  @ApiProperty() nationality!: string;
}

class ItineraryTeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: [ItineraryTeamMemberDto],
    description: 'Teammates as name and nationality only',
  })
  members!: ItineraryTeamMemberDto[];
}

class ItineraryMissionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'UTC' }) dueAt!: string;
  @ApiProperty({ example: '2027-07-19T20:00:00+09:00', description: 'dueAt in the event’s zone' })
  localDue!: string;
  @ApiProperty({ description: 'Your team has a current submission' }) submitted!: boolean;
}

export class ItineraryPickupDto {
  @ApiProperty({ example: 'ICN' }) airport!: string;
  @ApiProperty({ description: 'UTC' }) meetAt!: string;
  @ApiProperty({
    example: '2027-07-11T16:25:00+09:00',
    description: 'meetAt in the airport’s zone',
  })
  localMeet!: string;
  @ApiProperty({ example: 'Asia/Seoul', description: 'The airport’s zone' }) timezone!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Exit 4, Gofar sign' })
  note!: string | null;
}

export class MyItineraryDto extends ItineraryDto {
  @ApiProperty({ type: EventDto }) event!: EventDto;
  @ApiProperty({ type: ItineraryTeamDto, nullable: true }) team!: ItineraryTeamDto | null;
  @ApiProperty({ type: [ItineraryMissionDto] }) missions!: ItineraryMissionDto[];
  @ApiProperty({
    type: [ItineraryAccommodationDto],
    description: 'Where the participant sleeps; roommates as a name and a nationality only',
  })
  accommodation!: ItineraryAccommodationDto[];
  @ApiProperty({ type: [ItineraryPickupDto], description: 'Your airport pickups' })
  pickups!: ItineraryPickupDto[];
}

export class CalendarUrlDto {
  @ApiProperty({ description: 'A secret personal feed; keep it private' }) url!: string;
}
