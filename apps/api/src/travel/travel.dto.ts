import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { Airport } from '#core/airports/index.js';
import {
  FLIGHT_DIRECTIONS,
  MISSING_TRAVEL_FIELDS,
  ROOM_SHARING,
  TRAVEL_MODES,
  type FlightDirection,
  type FlightItem,
  type MissingTravelField,
  type MissingTravelItem,
  type PickupView,
  type RoomSharing,
  type TravelLegView,
  type TravelMode,
  type TravelView,
} from '#core/travel/index.js';
import { PageQueryDto } from '#api/common/http/page-query.dto.js';
import {
  IsCountryCode,
  IsInstant,
  IsLocalDate,
  NestedObject,
  OptionalNotNull,
} from '#api/common/validation/gofar-validators.js';
import { Trim } from '#api/common/validation/trim.transform.js';
import { MultiLine } from '#api/common/validation/text-input.js';

const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toUpperCase() : value;

class TravelLegInputDto {
  @ApiProperty({ enum: TRAVEL_MODES })
  @IsIn(TRAVEL_MODES)
  mode!: TravelMode;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'VN416',
    description: 'Required for a flight',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(10)
  flightNumber?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'ICN',
    description: 'IATA code the platform knows (see GET /airports); required for a flight',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9]{3}$/, {
    message: '$property must be a three-letter IATA code such as ICN',
  })
  airport?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'T2' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  terminal?: string | null;
}

export class ArrivalInputDto extends TravelLegInputDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-07-11T15:40:00+09:00',
    description:
      'With Z or the airport zone’s offset at that moment (else 422 OFFSET_MISMATCH); required for a flight',
  })
  @IsOptional()
  @IsInstant()
  arrivesAt?: string | null;
}

export class DepartureInputDto extends TravelLegInputDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-07-20T23:55:00+07:00',
    description:
      'With Z or the airport zone’s offset at that moment (else 422 OFFSET_MISMATCH); required for a flight',
  })
  @IsOptional()
  @IsInstant()
  departsAt?: string | null;
}

export class PassportInputDto {
  @ApiProperty({
    example: 'C1234567',
    description: 'Encrypted at rest; shown only to the registrant and organizers',
  })
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9]{5,20}$/, { message: '$property must be 5 to 20 letters and digits' })
  number!: string;

  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  issuingCountry!: string;

  @ApiProperty({ example: '2030-01-31' })
  @IsLocalDate()
  expiresOn!: string;

  @ApiProperty({ example: 'NGUYEN THI ANH' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullNameAsInPassport!: string;
}

export class PutTravelDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '+84901234567',
    description: 'E.164',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^\+[1-9]\d{6,14}$/, {
    message: '$property must be an E.164 number such as +84901234567',
  })
  phone?: string | null;

  @ApiPropertyOptional({ type: ArrivalInputDto, nullable: true })
  @IsOptional()
  @NestedObject(() => ArrivalInputDto)
  arrival?: ArrivalInputDto | null;

  @ApiPropertyOptional({ type: DepartureInputDto, nullable: true })
  @IsOptional()
  @NestedObject(() => DepartureInputDto)
  departure?: DepartureInputDto | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['KR'],
    description: 'Destination countries needing a visa',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((code) => upper({ value: code })) : value,
  )
  @IsCountryCode({ each: true })
  visaNeededFor?: string[];

  @ApiPropertyOptional({ enum: ROOM_SHARING, nullable: true })
  @IsOptional()
  @IsIn(ROOM_SHARING)
  roomSharing?: RoomSharing | null;

  @ApiPropertyOptional({
    type: PassportInputDto,
    nullable: true,
    description: 'Absent keeps the stored passport; null erases it',
  })
  @IsOptional()
  @NestedObject(() => PassportInputDto)
  passport?: PassportInputDto | null;
}

class TravelLegDto {
  @ApiProperty({ enum: TRAVEL_MODES }) mode!: string;
  @ApiProperty({ type: String, nullable: true }) flightNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) airport!: string | null;
  @ApiProperty({ type: String, nullable: true }) terminal!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The airport’s zone' })
  timezone!: string | null;
}

class ArrivalDto extends TravelLegDto {
  @ApiProperty({ type: String, nullable: true, description: 'UTC' }) arrivesAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2027-07-11T15:40:00+09:00',
    description: 'arrivesAt in the airport’s zone',
  })
  localArrival!: string | null;
}

class DepartureDto extends TravelLegDto {
  @ApiProperty({ type: String, nullable: true, description: 'UTC' }) departsAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2027-07-20T23:55:00+07:00',
    description: 'departsAt in the airport’s zone',
  })
  localDeparture!: string | null;
}

class PassportDto {
  @ApiProperty() number!: string;
  @ApiProperty() issuingCountry!: string;
  @ApiProperty() expiresOn!: string;
  @ApiProperty() fullNameAsInPassport!: string;
}

class TravelWarningDto {
  @ApiProperty({ enum: ['PASSPORT_EXPIRES_TOO_SOON'] }) code!: 'PASSPORT_EXPIRES_TOO_SOON';
  @ApiProperty() message!: string;
}

const legBase = (leg: TravelLegView) => ({
  mode: leg.mode,
  flightNumber: leg.flightNumber,
  airport: leg.airport,
  terminal: leg.terminal,
  timezone: leg.timezone,
});

export class TravelDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: ArrivalDto, nullable: true }) arrival!: ArrivalDto | null;
  @ApiProperty({ type: DepartureDto, nullable: true }) departure!: DepartureDto | null;
  @ApiProperty({ type: [String] }) visaNeededFor!: string[];
  @ApiProperty({ enum: ROOM_SHARING, nullable: true }) roomSharing!: string | null;
  @ApiPropertyOptional({
    type: PassportDto,
    nullable: true,
    description: 'Only for the registrant and organizers (absent for event staff)',
  })
  passport?: PassportDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'null before anything was given' })
  updatedAt!: string | null;
  @ApiProperty({ type: [TravelWarningDto] }) warnings!: TravelWarningDto[];

  static from(view: TravelView): TravelDto {
    return {
      registrationId: view.registrationId,
      phone: view.phone,
      arrival: view.arrival
        ? {
            ...legBase(view.arrival),
            arrivesAt: view.arrival.at?.toISOString() ?? null,
            localArrival: view.arrival.local,
          }
        : null,
      departure: view.departure
        ? {
            ...legBase(view.departure),
            departsAt: view.departure.at?.toISOString() ?? null,
            localDeparture: view.departure.local,
          }
        : null,
      visaNeededFor: view.visaNeededFor,
      roomSharing: view.roomSharing,
      ...(view.passport !== undefined ? { passport: view.passport } : {}),
      updatedAt: view.updatedAt?.toISOString() ?? null,
      warnings: view.warnings,
    };
  }
}

export class MissingTravelQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: MISSING_TRAVEL_FIELDS,
    description: 'Without it: missing any of them',
  })
  @IsOptional()
  @IsIn(MISSING_TRAVEL_FIELDS)
  missing?: MissingTravelField;
}

class MissingTravelItemDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() nationality!: string;
  @ApiProperty({ enum: MISSING_TRAVEL_FIELDS, isArray: true }) missing!: MissingTravelField[];

  static from(item: MissingTravelItem): MissingTravelItemDto {
    return { ...item };
  }
}

export class MissingTravelListDto {
  @ApiProperty({ type: [MissingTravelItemDto] }) items!: MissingTravelItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class FlightQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FLIGHT_DIRECTIONS, default: 'arrival' })
  @IsOptional()
  @IsIn(FLIGHT_DIRECTIONS)
  direction?: FlightDirection;
}

export class FlightItemDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() nationality!: string;
  @ApiProperty({ enum: FLIGHT_DIRECTIONS }) direction!: FlightDirection;
  @ApiProperty({ example: 'VN416' }) flightNumber!: string;
  @ApiProperty({ example: 'ICN' }) airport!: string;
  @ApiProperty({ type: String, nullable: true }) airportName!: string | null;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true }) terminal!: string | null;
  @ApiProperty({ example: 'Asia/Seoul', description: 'The airport’s zone' }) timezone!: string;
  @ApiProperty({ description: 'UTC' }) at!: string;
  @ApiProperty({
    example: '2027-07-11T15:40:00+09:00',
    description: 'at in the airport’s zone',
  })
  local!: string;
  @ApiProperty({ example: '2027-07-11', description: 'The calendar day at the airport' })
  localDate!: string;

  static from(item: FlightItem): FlightItemDto {
    return { ...item, at: item.at.toISOString() };
  }
}

export class FlightListDto {
  @ApiProperty({ type: [FlightItemDto] }) items!: FlightItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AirportSearchQueryDto {
  @ApiProperty({
    example: 'icn',
    description: 'A code, a city or an airport name; accents and case ignored',
  })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}

export class AirportDto {
  @ApiProperty({ example: 'ICN' }) iata!: string;
  @ApiProperty({ example: 'Incheon International Airport' }) name!: string;
  @ApiProperty({ example: 'Seoul' }) city!: string;
  @ApiProperty({ type: String, nullable: true, example: 'KR' }) country!: string | null;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone!: string;

  static from(airport: Airport): AirportDto {
    return { ...airport };
  }
}

export class AirportListDto {
  @ApiProperty({ type: [AirportDto] }) items!: AirportDto[];
}

export class PlanPickupsDto {
  @ApiProperty({ example: 'ICN' })
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9]{3}$/, {
    message: '$property must be a three-letter IATA code such as ICN',
  })
  airport!: string;

  @ApiPropertyOptional({ default: 90, minimum: 0, maximum: 1440 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1440)
  windowMinutes?: number;

  @ApiPropertyOptional({ default: 45, minimum: 0, maximum: 600 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(600)
  bufferMinutes?: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 1000,
    description: 'No limit when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxGroupSize?: number | null;
}

/** A page of pickups by meeting time (`limit`, `cursor`), optionally only those with a conflict. */
export class PickupQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only pickups with a participant whose arrival no longer matches',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  conflicts?: 'true' | 'false';
}

export class UpdatePickupDto {
  @ApiPropertyOptional({ example: '2027-07-11T16:25:00+09:00' })
  @OptionalNotNull()
  @IsInstant()
  meetAt?: string;

  @ApiPropertyOptional({ type: [String], description: 'Event staff or organizers' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Exit 4, look for the Gofar sign' })
  @IsOptional()
  @MultiLine()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  locked?: boolean;
}

class PickupConflictDto {
  @ApiProperty({ enum: ['arrival_changed', 'not_arriving_here'] }) reason!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The arrival now in the travel record',
  })
  arrivesAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) airport!: string | null;
}

class PickupParticipantDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) flightNumber!: string | null;
  @ApiProperty({ description: 'The arrival the pickup was planned for (UTC)' }) arrivesAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Staff and organizers only' })
  phone?: string | null;
  @ApiProperty({ type: PickupConflictDto, nullable: true }) conflict!: PickupConflictDto | null;
}

class PickupStaffDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
}

export class PickupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ICN' }) airport!: string;
  @ApiProperty({ description: 'UTC' }) meetAt!: string;
  @ApiProperty({
    example: '2027-07-11T16:25:00+09:00',
    description: 'meetAt in the airport’s zone',
  })
  localMeet!: string;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone!: string;
  @ApiProperty({ type: [PickupParticipantDto] }) participants!: PickupParticipantDto[];
  @ApiProperty({ type: [PickupStaffDto] }) staff!: PickupStaffDto[];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() locked!: boolean;

  static from(view: PickupView): PickupDto {
    return {
      id: view.pickup.id,
      airport: view.pickup.airport,
      meetAt: view.pickup.meetAt.toISOString(),
      localMeet: view.localMeet,
      timezone: view.pickup.timezone,
      participants: view.participants.map((participant) => ({
        registrationId: participant.registrationId,
        fullName: participant.fullName,
        flightNumber: participant.flightNumber,
        arrivesAt: participant.arrivesAt.toISOString(),
        phone: participant.phone,
        conflict: participant.conflict
          ? {
              reason: participant.conflict.reason,
              arrivesAt: participant.conflict.arrivesAt?.toISOString() ?? null,
              airport: participant.conflict.airport,
            }
          : null,
      })),
      staff: view.staff,
      note: view.pickup.note,
      locked: view.pickup.locked,
    };
  }
}

export class PickupListDto {
  @ApiProperty({ type: [PickupDto] }) items!: PickupDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The next page’s cursor; null on the last page (always null after planning)',
  })
  nextCursor!: string | null;
}
