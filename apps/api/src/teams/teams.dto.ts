import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTime } from 'luxon';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type {
  LeaderboardRow,
  MissionView,
  Submission,
  SubmissionListRow,
  TeamView,
} from '#core/teams/index.js';
import { IsInstant } from '../common/validation/gofar-validators.js';
import { Trim } from '../common/validation/trim.transform.js';
import { MultiLine } from '../common/validation/text-input.js';

/** An instant as an ISO 8601 local time with its offset in a zone, e.g. 2027-07-19T18:00:00+07:00. */
export function localIso(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true })!;
}

export class AutoAssignQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    description:
      'true: answer the teams the call would make without saving anything (same input, same teams)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  preview?: 'true' | 'false';
}

export class AutoAssignDto {
  @ApiProperty({ minimum: 1, maximum: 100, example: 6 })
  @IsInt()
  @Min(1)
  @Max(100)
  teamSize!: number;
}

export class AddTeamMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  registrationId!: string;
}

export class TeamMemberDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'For organizers and staff' })
  registrationId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'For organizers and staff' }) userId?: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() nationality!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For organizers and staff' })
  gender?: string | null;
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [TeamMemberDto] }) members!: TeamMemberDto[];

  static from({ team, members }: TeamView): TeamDto {
    return { id: team.id, name: team.name, members };
  }
}

export class TeamListDto {
  @ApiProperty({ type: [TeamDto] }) items!: TeamDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateMissionDto {
  @ApiProperty({ example: 'A campaign for plastic-free campuses' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  @MultiLine()
  description?: string | null;

  @ApiProperty({
    example: '2027-07-19T18:00:00+07:00',
    format: 'date-time',
    description: 'Due time: an ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199',
  })
  @IsInstant()
  dueAt!: string;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 100 })
  @IsInt()
  @Min(1)
  @Max(10000)
  maxScore!: number;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'A team_mission session of the event',
  })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;
}

export class MissionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ description: 'UTC' }) dueAt!: string;
  @ApiProperty({ example: '2027-07-19T20:00:00+09:00', description: 'dueAt in the event’s zone' })
  localDue!: string;
  @ApiPropertyOptional({
    example: '2027-07-19T18:00:00+07:00',
    description: 'dueAt in the linked session’s zone',
  })
  sessionLocalDue?: string;
  @ApiProperty() maxScore!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) sessionId!: string | null;

  static from({ mission, eventTimezone, sessionTimezone }: MissionView): MissionDto {
    return {
      id: mission.id,
      eventId: mission.eventId,
      title: mission.title,
      description: mission.description,
      dueAt: mission.dueAt.toISOString(),
      localDue: localIso(mission.dueAt, eventTimezone),
      ...(sessionTimezone ? { sessionLocalDue: localIso(mission.dueAt, sessionTimezone) } : {}),
      maxScore: mission.maxScore,
      sessionId: mission.sessionId,
    };
  }
}

export class MissionListDto {
  @ApiProperty({ type: [MissionDto] }) items!: MissionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateSubmissionDto {
  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  @MultiLine()
  content!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.org/our-pitch' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  url?: string | null;
}

export class ScoreSubmissionDto {
  @ApiProperty({ minimum: 0, maximum: 10000, description: 'From 0 to the mission’s maxScore' })
  @IsInt()
  @Min(0)
  @Max(10000)
  score!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  feedback?: string | null;
}

export class SubmissionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) missionId!: string;
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty({ format: 'uuid' }) submittedBy!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty() superseded!: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) score!: number | null;
  @ApiProperty({ type: String, nullable: true }) feedback!: string | null;
  @ApiProperty({ type: String, nullable: true }) scoredAt!: string | null;
  @ApiProperty() createdAt!: string;

  static from(submission: Submission): SubmissionDto {
    return {
      id: submission.id,
      missionId: submission.missionId,
      teamId: submission.teamId,
      submittedBy: submission.submittedBy,
      content: submission.content,
      url: submission.url,
      superseded: submission.supersededAt !== null,
      score: submission.score,
      feedback: submission.feedback,
      scoredAt: submission.scoredAt?.toISOString() ?? null,
      createdAt: submission.createdAt.toISOString(),
    };
  }
}

export class MissionSubmissionDto extends SubmissionDto {
  @ApiProperty() teamName!: string;
  @ApiProperty({ description: 'When it was submitted (UTC)' }) submittedAt!: string;

  static fromRow({ submission, teamName }: SubmissionListRow): MissionSubmissionDto {
    return {
      ...SubmissionDto.from(submission),
      teamName,
      submittedAt: submission.createdAt.toISOString(),
    };
  }
}

export class MissionSubmissionListDto {
  @ApiProperty({ type: [MissionSubmissionDto] }) items!: MissionSubmissionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: null;
}

export class LeaderboardEntryDto {
  @ApiProperty() rank!: number;
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() total!: number;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: { missionId: { type: 'string' }, score: { type: 'integer', nullable: true } },
    },
  })
  missions!: LeaderboardRow['missions'];
}

export class LeaderboardDto {
  @ApiProperty({ type: [LeaderboardEntryDto] }) items!: LeaderboardEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: null;
}
