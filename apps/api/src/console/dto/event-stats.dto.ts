import { ApiProperty } from '@nestjs/swagger';
import type { EventStats } from '#core/stats/index.js';

export class RegistrationsOnDayDto {
  @ApiProperty({ example: '2027-05-02', description: 'Local date in the event’s zone' })
  date!: string;
  @ApiProperty({
    example: 12,
    description: 'Registrations made that day, whatever their status now',
  })
  count!: number;
}

export class NotificationsTodayDto {
  @ApiProperty({ description: 'Sent today' }) sent!: number;
  @ApiProperty({ description: 'Failed today (their last attempt was today)' }) failed!: number;
  @ApiProperty({ description: 'Still scheduled, due today' }) scheduled!: number;
}

const COUNTRY_COUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  example: { VN: 5, KR: 8 },
} as const;

export class EventStatsDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'Asia/Seoul', description: 'The event’s zone: days are local there' })
  timezone!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty({ description: 'Confirmed registrations' }) seatsTaken!: number;
  @ApiProperty() seatsLeft!: number;
  @ApiProperty() waitlistCount!: number;
  @ApiProperty() pendingCount!: number;
  @ApiProperty() cancelledCount!: number;
  @ApiProperty() rejectedCount!: number;
  @ApiProperty({ ...COUNTRY_COUNTS, description: 'Confirmed registrations per nationality' })
  confirmedByCountry!: Record<string, number>;
  @ApiProperty({ ...COUNTRY_COUNTS, description: 'The event’s quotas per nationality' })
  countryQuotas!: Record<string, number>;
  @ApiProperty({ type: Number, nullable: true, description: 'Quota of unlisted nationalities' })
  defaultCountryQuota!: number | null;
  @ApiProperty({
    type: [RegistrationsOnDayDto],
    description:
      'Registrations made per local date in the event’s zone (days with any), oldest first',
  })
  registrationsPerDay!: RegistrationsOnDayDto[];
  @ApiProperty({ example: '2027-05-02', description: 'Today in the event’s zone' })
  today!: string;
  @ApiProperty({ type: NotificationsTodayDto }) notificationsToday!: NotificationsTodayDto;

  static from(stats: EventStats): EventStatsDto {
    return { ...stats };
  }
}
