import { ApiProperty } from '@nestjs/swagger';
import {
  type Event,
  EVENT_KINDS,
  EVENT_STATUSES,
  ITINERARY_VISIBILITIES,
  type EventKind,
  type EventStatus,
  type ItineraryVisibility,
} from '#core/events/index.js';
import { LetterSignatoryDto } from './create-event.dto.js';

export class EventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: EventKind;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone!: string;
  @ApiProperty({ example: '2027-07-12' }) startsOn!: string;
  @ApiProperty({ example: '2027-07-20' }) endsOn!: string;
  @ApiProperty({
    description: 'Read-only: the first session’s start, or 00:00 of startsOn in timezone (UTC)',
  })
  startsAt!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  countryQuotas!: Record<string, number>;
  @ApiProperty({ type: 'integer', nullable: true }) defaultCountryQuota!: number | null;
  @ApiProperty() requiresApproval!: boolean;
  @ApiProperty({
    description: 'Registrations only from accounts with a verified email address',
  })
  requireVerifiedEmail!: boolean;
  @ApiProperty({ type: String, nullable: true }) registrationOpensAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) registrationClosesAt!: string | null;
  @ApiProperty({ enum: ITINERARY_VISIBILITIES }) itineraryVisibility!: ItineraryVisibility;
  @ApiProperty({ type: [String] }) eventReminderOffsets!: string[];
  @ApiProperty({ type: [String] }) sessionReminderOffsets!: string[];
  @ApiProperty({ type: [String] }) missionReminderOffsets!: string[];
  @ApiProperty({
    type: LetterSignatoryDto,
    nullable: true,
    description: 'Signs visa invitation letters',
  })
  letterSignatory!: LetterSignatoryDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who covers which costs (invitation letters)',
  })
  letterCostsCoveredBy!: string | null;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ description: 'Read-only: confirmed registrations' }) seatsTaken!: number;
  @ApiProperty({ description: 'Read-only: capacity - seatsTaken' }) seatsLeft!: number;
  @ApiProperty({ description: 'Read-only' }) waitlistCount!: number;
  @ApiProperty({ description: 'Read-only: pending registrations hold no seat' })
  pendingCount!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(event: Event): EventDto {
    return {
      id: event.id,
      organizationId: event.organizationId,
      title: event.title,
      kind: event.kind,
      description: event.description,
      timezone: event.timezone,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      startsAt: event.startsAt.toISOString(),
      capacity: event.capacity,
      countryQuotas: event.countryQuotas,
      defaultCountryQuota: event.defaultCountryQuota,
      requiresApproval: event.requiresApproval,
      requireVerifiedEmail: event.requireVerifiedEmail,
      registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
      registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
      itineraryVisibility: event.itineraryVisibility,
      eventReminderOffsets: event.eventReminderOffsets,
      sessionReminderOffsets: event.sessionReminderOffsets,
      missionReminderOffsets: event.missionReminderOffsets,
      letterSignatory: event.letterSignatory
        ? { name: event.letterSignatory.name, title: event.letterSignatory.title }
        : null,
      letterCostsCoveredBy: event.letterCostsCoveredBy,
      status: event.status,
      publishedAt: event.publishedAt?.toISOString() ?? null,
      cancelledAt: event.cancelledAt?.toISOString() ?? null,
      seatsTaken: event.seatsTaken,
      seatsLeft: Math.max(0, event.capacity - event.seatsTaken),
      waitlistCount: event.waitlistCount,
      pendingCount: event.pendingCount,
      createdAt: event.createdAt.toISOString(),
      updatedAt: event.updatedAt.toISOString(),
    };
  }
}

export class EventListDto {
  @ApiProperty({ type: [EventDto] }) items!: EventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
