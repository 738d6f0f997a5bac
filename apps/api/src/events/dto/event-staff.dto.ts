import { ApiProperty } from '@nestjs/swagger';
import { IsEmail } from 'class-validator';
import type { EventStaff } from '#core/events/index.js';
import { Trim } from '#api/common/validation/trim.transform.js';

export class AddEventStaffDto {
  @ApiProperty({ description: 'A staff member or organizer of the event’s organization' })
  @IsEmail()
  @Trim()
  email!: string;
}

export class EventStaffDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() createdAt!: string;

  static from(staff: EventStaff): EventStaffDto {
    return {
      eventId: staff.eventId,
      userId: staff.userId,
      email: staff.user!.email,
      fullName: staff.user!.fullName,
      createdAt: staff.createdAt.toISOString(),
    };
  }
}

export class EventStaffListDto {
  @ApiProperty({ type: [EventStaffDto] }) items!: EventStaffDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
