import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  DEFAULT_EVENT_REMINDER_OFFSETS,
  DEFAULT_MISSION_REMINDER_OFFSETS,
  DEFAULT_SESSION_REMINDER_OFFSETS,
  EVENT_KINDS,
  ITINERARY_VISIBILITIES,
  type EventKind,
  type ItineraryVisibility,
} from '#core/events/index.js';
import {
  IsCountryQuotaMap,
  MAX_SEATS,
  OptionalNotNull,
  IsIanaZone,
  IsInstant,
  IsLocalDate,
  IsReminderOffset,
  NestedObject,
} from '#api/common/validation/gofar-validators.js';
import { MAX_REMINDER_OFFSET_DAYS } from '#core/common/index.js';
import { Trim } from '#api/common/validation/trim.transform.js';
import { MultiLine } from '#api/common/validation/text-input.js';

const MAX_OFFSETS = 10;

/** Who signs the event's visa invitation letters. */
export class LetterSignatoryDto {
  @ApiProperty({ example: 'Kim Soo-jin', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Secretary General, ASEAN-Korea Centre', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;
}

/** What every reminder offset field accepts, for the OpenAPI document. */
const offsetsDescription = (before: string) =>
  `How long ${before} each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most ${MAX_REMINDER_OFFSET_DAYS} days; months and years are refused. At most ${MAX_OFFSETS}, no repeats.`;

export class CreateEventDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ example: 'ASEAN-Korea Youth Network Workshop 2027', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Trim()
  title!: string;

  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  @MultiLine()
  description?: string | null;

  @ApiProperty({
    example: 'Asia/Seoul',
    description: 'IANA zone where startsOn and endsOn are calendar dates',
  })
  @IsIanaZone()
  timezone!: string;

  @ApiProperty({
    example: '2027-07-12',
    format: 'date',
    description: 'Local date in `timezone`, 1900–2199',
  })
  @IsLocalDate()
  startsOn!: string;

  @ApiProperty({
    example: '2027-07-20',
    format: 'date',
    description: 'Local date in `timezone`, on or after startsOn, 1900–2199',
  })
  @IsLocalDate()
  endsOn!: string;

  @ApiProperty({ example: 48, minimum: 1, maximum: MAX_SEATS })
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS)
  capacity!: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_SEATS },
    example: { VN: 5, KR: 8 },
    description: 'Caps on confirmed registrations per ISO 3166-1 alpha-2 nationality',
  })
  @OptionalNotNull()
  @IsCountryQuotaMap()
  countryQuotas?: Record<string, number>;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_SEATS,
    description:
      'Cap for nationalities not in countryQuotas; null is unlimited, 0 makes them ineligible',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEATS)
  defaultCountryQuota?: number | null;

  @ApiProperty()
  @IsBoolean()
  requiresApproval!: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'Accept registrations only from accounts with a verified email address (else 422 EMAIL_NOT_VERIFIED)',
  })
  @OptionalNotNull()
  @IsBoolean()
  requireVerifiedEmail?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-03-01T09:00:00+09:00',
    format: 'date-time',
    description:
      'Default: when published. An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199',
  })
  @IsOptional()
  @IsInstant()
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-06-01T18:00:00+09:00',
    format: 'date-time',
    description:
      'Default: startsAt. An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199',
  })
  @IsOptional()
  @IsInstant()
  registrationClosesAt?: string | null;

  @ApiPropertyOptional({ enum: ITINERARY_VISIBILITIES, default: 'participants' })
  @OptionalNotNull()
  @IsIn(ITINERARY_VISIBILITIES)
  itineraryVisibility?: ItineraryVisibility;

  @ApiPropertyOptional({
    type: [String],
    example: DEFAULT_EVENT_REMINDER_OFFSETS,
    default: DEFAULT_EVENT_REMINDER_OFFSETS,
    description: offsetsDescription('before the event starts (startsAt)'),
  })
  @OptionalNotNull()
  @ArrayMaxSize(MAX_OFFSETS)
  @ArrayUnique()
  @IsReminderOffset()
  eventReminderOffsets?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: DEFAULT_SESSION_REMINDER_OFFSETS,
    default: DEFAULT_SESSION_REMINDER_OFFSETS,
    description: offsetsDescription('before a session starts'),
  })
  @OptionalNotNull()
  @ArrayMaxSize(MAX_OFFSETS)
  @ArrayUnique()
  @IsReminderOffset()
  sessionReminderOffsets?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: DEFAULT_MISSION_REMINDER_OFFSETS,
    default: DEFAULT_MISSION_REMINDER_OFFSETS,
    description: offsetsDescription('before a mission is due'),
  })
  @OptionalNotNull()
  @ArrayMaxSize(MAX_OFFSETS)
  @ArrayUnique()
  @IsReminderOffset()
  missionReminderOffsets?: string[];

  @ApiPropertyOptional({
    type: LetterSignatoryDto,
    nullable: true,
    description: 'Who signs the event’s visa invitation letters (required to issue one)',
  })
  @IsOptional()
  @NestedObject(() => LetterSignatoryDto)
  letterSignatory?: LetterSignatoryDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    example:
      'The organizer covers accommodation, meals, local transport and the flight from Seoul to Hanoi; participants cover their international flights.',
    description: 'Who covers which costs, as invitation letters state it (required to issue one)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @MultiLine()
  letterCostsCoveredBy?: string | null;
}
