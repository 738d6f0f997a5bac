import { ApiProperty } from '@nestjs/swagger';
import {
  localTime,
  type Session,
  SESSION_STATUSES,
  SESSION_TYPES,
  type SessionStatus,
  type SessionType,
} from '#core/itinerary/index.js';
import { VenueDto } from './session-input.dto.js';

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SESSION_TYPES }) type!: SessionType;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: VenueDto, nullable: true }) venue!: VenueDto | null;
  @ApiProperty() mandatory!: boolean;
  @ApiProperty({ description: 'UTC' }) startsAt!: string;
  @ApiProperty({ description: 'UTC' }) endsAt!: string;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone!: string;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) endTimezone!: string;
  @ApiProperty({ example: '2027-07-17', description: 'Start date in timezone' }) localDate!: string;
  @ApiProperty({ example: '10:00' }) localStart!: string;
  @ApiProperty({ example: '+09:00' }) utcOffset!: string;
  @ApiProperty({ example: '2027-07-17', description: 'End date in endTimezone' })
  localEndDate!: string;
  @ApiProperty({ example: '12:30' }) localEnd!: string;
  @ApiProperty({ example: '+07:00' }) endUtcOffset!: string;
  @ApiProperty({ description: 'Rises by one on every change' }) sequence!: number;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;

  static from(session: Session): SessionDto {
    const start = localTime(session.startsAt, session.timezone);
    const end = localTime(session.endsAt, session.endTimezone);
    return {
      id: session.id,
      eventId: session.eventId,
      title: session.title,
      type: session.type,
      description: session.description,
      venue: session.venue,
      mandatory: session.mandatory,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      timezone: session.timezone,
      endTimezone: session.endTimezone,
      localDate: start.date,
      localStart: start.time,
      utcOffset: start.offset,
      localEndDate: end.date,
      localEnd: end.time,
      endUtcOffset: end.offset,
      sequence: session.sequence,
      status: session.status,
    };
  }
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] }) items!: SessionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
