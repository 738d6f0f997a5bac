import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { AccommodationView, OccupantView, RoomView, StayView } from '#core/rooms/index.js';
import { ROOM_SHARING } from '#core/travel/index.js';
import { IsIanaZone, IsLocalDate } from '../common/validation/gofar-validators.js';
import { Trim } from '../common/validation/trim.transform.js';

export class CreateAccommodationDto {
  @ApiProperty({ example: 'Hotel Skypark Myeongdong', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Trim()
  name!: string;

  @ApiProperty({ example: 'Seoul', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Trim()
  city!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Trim()
  address?: string | null;

  @ApiProperty({ example: 'Asia/Seoul', description: 'IANA zone of the place' })
  @IsIanaZone()
  timezone!: string;

  @ApiProperty({
    example: '2027-07-11',
    format: 'date',
    description: 'Local date; minors are under 18 on this date',
  })
  @IsLocalDate()
  checkInOn!: string;

  @ApiProperty({ example: '2027-07-16', format: 'date', description: 'After checkInOn' })
  @IsLocalDate()
  checkOutOn!: string;
}

export class CreateRoomDto {
  @ApiProperty({ example: '1204', maxLength: 50, description: 'Unique within the accommodation' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @Trim()
  label!: string;

  @ApiProperty({ minimum: 1, maximum: 50, example: 2 })
  @IsInt()
  @Min(1)
  @Max(50)
  beds!: number;
}

export class AutoAssignRoomsDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Confirmed registrations to place (default: all of the event’s)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  registrationIds?: string[];
}

export class AddOccupantDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  registrationId!: string;
}

export class OccupantDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ example: 'VN' }) nationality!: string;
  @ApiProperty({
    enum: ROOM_SHARING,
    description: 'As stated in the travel record, else from gender (other or none: single)',
  })
  roomSharing!: string;
  @ApiProperty({ description: 'Under 18 on the accommodation’s checkInOn' }) minor!: boolean;

  static from(occupant: OccupantView): OccupantDto {
    return {
      registrationId: occupant.registrationId,
      userId: occupant.userId,
      fullName: occupant.fullName,
      nationality: occupant.nationality,
      roomSharing: occupant.roomSharing,
      minor: occupant.minor,
    };
  }
}

export class RoomDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) accommodationId!: string;
  @ApiProperty() label!: string;
  @ApiProperty() beds!: number;
  @ApiProperty({ type: [OccupantDto] }) occupants!: OccupantDto[];

  static from({ room, occupants }: RoomView): RoomDto {
    return {
      id: room.id,
      accommodationId: room.accommodationId,
      label: room.label,
      beds: room.beds,
      occupants: occupants.map((occupant) => OccupantDto.from(occupant)),
    };
  }
}

export class RoomListDto {
  @ApiProperty({ type: [RoomDto] }) items!: RoomDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UnassignedParticipantDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() nationality!: string;
  @ApiProperty({ enum: ROOM_SHARING }) roomSharing!: string;
  @ApiProperty() minor!: boolean;
}

export class AccommodationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone!: string;
  @ApiProperty({ format: 'date' }) checkInOn!: string;
  @ApiProperty({ format: 'date' }) checkOutOn!: string;
  @ApiProperty({ description: 'Nights between checkInOn and checkOutOn' }) nights!: number;
  @ApiProperty({ type: [RoomDto] }) rooms!: RoomDto[];
  @ApiProperty({
    type: [UnassignedParticipantDto],
    description: 'Confirmed participants of the event without a room here',
  })
  unassigned!: UnassignedParticipantDto[];

  static from(view: AccommodationView): AccommodationDto {
    const { accommodation: a } = view;
    return {
      id: a.id,
      eventId: a.eventId,
      name: a.name,
      city: a.city,
      address: a.address,
      timezone: a.timezone,
      checkInOn: a.checkInOn,
      checkOutOn: a.checkOutOn,
      nights: view.nights,
      rooms: view.rooms.map((room) => RoomDto.from(room)),
      unassigned: view.unassigned.map((person) => ({
        registrationId: person.registrationId,
        fullName: person.fullName,
        nationality: person.nationality,
        roomSharing: person.roomSharing,
        minor: person.minor,
      })),
    };
  }
}

export class AccommodationListDto {
  @ApiProperty({ type: [AccommodationDto] }) items!: AccommodationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class RoommateDto {
  @ApiProperty() fullName!: string;
  @ApiProperty() nationality!: string;
}

/** A participant's own stay, in `/me/itinerary`. */
export class ItineraryAccommodationDto {
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
  @ApiProperty() room!: string;
  @ApiProperty({ type: [RoommateDto] }) roommates!: RoommateDto[];
  @ApiProperty({ format: 'date' }) checkInOn!: string;
  @ApiProperty({ format: 'date' }) checkOutOn!: string;

  static from(stay: StayView): ItineraryAccommodationDto {
    return {
      name: stay.accommodation.name,
      city: stay.accommodation.city,
      room: stay.room,
      roommates: stay.roommates,
      checkInOn: stay.accommodation.checkInOn,
      checkOutOn: stay.accommodation.checkOutOn,
    };
  }
}
