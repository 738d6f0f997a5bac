import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { DigestDay, MedicalNoteRow } from '#core/digests/index.js';
import type { Event } from '#core/events/index.js';
import { IsLocalDate } from '#api/common/validation/gofar-validators.js';
import { SessionDto } from '#api/itinerary/dto/session.dto.js';

export class DigestQueryDto {
  @ApiPropertyOptional({
    example: '2027-07-17',
    description:
      'Local date (YYYY-MM-DD); default today where the programme is (the zone of that day’s first session, else the event’s)',
  })
  @IsOptional()
  @IsLocalDate()
  date?: string;
}

export class DietaryCountDto {
  @ApiProperty({ example: 'halal' }) need!: string;
  @ApiProperty({ example: 4 }) count!: number;
}

export class MedicalNoteDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ example: 'VN' }) nationality!: string;
  @ApiProperty() medicalNotes!: string;
}

export class DigestChangeDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ example: 'VN' }) nationality!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for a new registration' })
  from!: string | null;
  @ApiProperty({ example: 'confirmed' }) to!: string;
  @ApiProperty({ description: 'UTC' }) at!: string;
}

export class DigestDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ example: '2027-07-17', description: 'The local date the digest covers' })
  date!: string;
  @ApiProperty({
    example: 'Asia/Ho_Chi_Minh',
    description:
      'The zone of that day’s first session (the event’s zone on a day without sessions)',
  })
  timezone!: string;
  @ApiProperty({ description: '07:00 that day in timezone, UTC: when the email goes out' })
  digestAt!: string;
  @ApiProperty({ description: 'Whether the day has sessions (an email is sent only then)' })
  scheduled!: boolean;
  @ApiProperty({ type: [SessionDto], description: 'The day’s sessions, with local times' })
  sessions!: SessionDto[];
  @ApiProperty({ description: 'Confirmed participants now' }) confirmed!: number;
  @ApiProperty({ type: [DietaryCountDto], description: 'Most frequent first' })
  dietary!: DietaryCountDto[];
  @ApiProperty({ description: 'Confirmed participants with medical notes (the email’s count)' })
  withMedicalNotes!: number;
  @ApiProperty({
    type: [MedicalNoteDto],
    description: 'Who they are and what the notes say (never in the email)',
  })
  participantsWithMedicalNotes!: MedicalNoteDto[];
  @ApiProperty({ description: 'UTC: the previous digest’s time, or publication for the first' })
  changesSince!: string;
  @ApiProperty({ description: 'UTC: this digest’s time' }) changesUntil!: string;
  @ApiProperty({ description: 'Registration changes in the window, all counted' })
  changeCount!: number;
  @ApiProperty({ type: [DigestChangeDto], description: 'Oldest first (at most 500 listed)' })
  changes!: DigestChangeDto[];

  static from(event: Event, day: DigestDay, medicalNotes: MedicalNoteRow[]): DigestDto {
    return {
      eventId: event.id,
      eventTitle: event.title,
      date: day.date,
      timezone: day.zone,
      digestAt: day.digestAt.toISOString(),
      scheduled: day.scheduled,
      sessions: day.sessions.map((session) => SessionDto.from(session)),
      confirmed: day.confirmed,
      dietary: day.dietary,
      withMedicalNotes: day.withMedicalNotes,
      participantsWithMedicalNotes: medicalNotes.map((row) => ({
        registrationId: row.registration_id,
        fullName: row.full_name,
        nationality: row.nationality,
        medicalNotes: row.medical_notes,
      })),
      changesSince: day.changesSince.toISOString(),
      changesUntil: day.changesUntil.toISOString(),
      changeCount: day.changeCount,
      changes: day.changes.map((change) => ({
        registrationId: change.registration_id,
        fullName: change.full_name,
        nationality: change.nationality,
        from: change.from_status,
        to: change.to_status,
        at: new Date(change.at).toISOString(),
      })),
    };
  }
}
