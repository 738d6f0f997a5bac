import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SESSION_TYPES, type SessionType } from '#core/itinerary/index.js';
import {
  IsCountryCode,
  NestedObject,
  IsIanaZone,
  IsInstant,
  OptionalNotNull,
} from '#api/common/validation/gofar-validators.js';
import { Trim } from '#api/common/validation/trim.transform.js';
import { MultiLine } from '#api/common/validation/text-input.js';

export class VenueDto {
  @ApiProperty({ example: 'Seoul Global Center' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Seoul' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city!: string;

  @ApiProperty({ example: 'KR' })
  @IsCountryCode()
  country!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;
}

export class CreateSessionDto {
  @ApiProperty({ example: 'Opening lecture: ASEAN and Korea, 35 years of dialogue' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: SESSION_TYPES })
  @IsIn(SESSION_TYPES)
  type!: SessionType;

  @ApiProperty({
    example: '2027-07-12T09:00:00+09:00',
    format: 'date-time',
    description: 'An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199; stored in UTC',
  })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({
    example: '2027-07-12T10:30:00+09:00',
    format: 'date-time',
    description: 'After startsAt; an ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199',
  })
  @IsInstant()
  endsAt!: string;

  @ApiProperty({ example: 'Asia/Seoul', description: 'Where the session starts' })
  @IsIanaZone()
  timezone!: string;

  @ApiPropertyOptional({
    example: 'Asia/Ho_Chi_Minh',
    description: 'Where it ends (travel legs); default timezone',
  })
  @IsOptional()
  @IsIanaZone()
  endTimezone?: string | null;

  @ApiPropertyOptional({ type: VenueDto, nullable: true })
  @IsOptional()
  @NestedObject(() => VenueDto)
  venue?: VenueDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  @MultiLine()
  description?: string | null;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  mandatory?: boolean;
}

/** Partial; `null` clears venue, description or endTimezone. */
export class UpdateSessionDto extends PartialType(OmitType(CreateSessionDto, [] as const), {
  skipNullProperties: false,
}) {}
