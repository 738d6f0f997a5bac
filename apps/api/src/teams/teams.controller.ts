import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { User } from '#core/accounts/index.js';
import { MissionService, TeamService } from '#core/teams/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import {
  AddTeamMemberDto,
  AutoAssignDto,
  AutoAssignQueryDto,
  CreateMissionDto,
  CreateSubmissionDto,
  LeaderboardDto,
  MissionDto,
  MissionListDto,
  MissionSubmissionDto,
  MissionSubmissionListDto,
  ScoreSubmissionDto,
  SubmissionDto,
  TeamDto,
  TeamListDto,
} from './teams.dto.js';

@ApiTags('teams and missions')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
@Controller()
export class TeamsController {
  constructor(
    private readonly teams: TeamService,
    private readonly missions: MissionService,
  ) {}

  @Post('events/:id/teams/auto-assign')
  @HttpCode(200)
  @ApiOkResponse({ type: TeamListDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'TEAMS_LOCKED' })
  async autoAssign(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Body() body: AutoAssignDto,
    @Query() query: AutoAssignQueryDto,
  ): Promise<TeamListDto> {
    const preview = query.preview === 'true';
    return {
      items: (await this.teams.autoAssign(actor, eventId, body.teamSize, { preview })).map((team) =>
        TeamDto.from(team),
      ),
      nextCursor: null,
    };
  }

  @Get('events/:id/teams')
  @ApiOkResponse({ type: TeamListDto })
  async list(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
  ): Promise<TeamListDto> {
    return {
      items: (await this.teams.list(actor, eventId)).map((team) => TeamDto.from(team)),
      nextCursor: null,
    };
  }

  @Post('teams/:id/members')
  @ApiCreatedResponse({ type: TeamDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'ALREADY_IN_TEAM' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'NOT_CONFIRMED' })
  async addMember(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) teamId: string,
    @Body() body: AddTeamMemberDto,
  ): Promise<TeamDto> {
    return TeamDto.from(await this.teams.addMember(actor, teamId, body.registrationId));
  }

  @Delete('teams/:id/members/:registrationId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeMember(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) teamId: string,
    @Param('registrationId', UuidParamPipe) registrationId: string,
  ): Promise<void> {
    await this.teams.removeMember(actor, teamId, registrationId);
  }

  @Post('events/:id/missions')
  @ApiCreatedResponse({ type: MissionDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async createMission(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Body() body: CreateMissionDto,
  ): Promise<MissionDto> {
    return MissionDto.from(
      await this.missions.create(actor, eventId, { ...body, dueAt: new Date(body.dueAt) }),
    );
  }

  @Get('events/:id/missions')
  @ApiOkResponse({ type: MissionListDto })
  async listMissions(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
  ): Promise<MissionListDto> {
    return {
      items: (await this.missions.list(actor, eventId)).map((view) => MissionDto.from(view)),
      nextCursor: null,
    };
  }

  @Post('missions/:id/submissions')
  @ApiCreatedResponse({ type: SubmissionDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not a member of a team of the event' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'MISSION_CLOSED' })
  async submit(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) missionId: string,
    @Body() body: CreateSubmissionDto,
  ): Promise<SubmissionDto> {
    return SubmissionDto.from(await this.missions.submit(actor, missionId, body));
  }

  @Get('missions/:id/submissions')
  @ApiOkResponse({ type: MissionSubmissionListDto })
  @ApiForbiddenResponse({
    type: ErrorBodyDto,
    description: 'Only the event’s staff and organizers',
  })
  async listSubmissions(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) missionId: string,
  ): Promise<MissionSubmissionListDto> {
    return {
      items: (await this.missions.submissions(actor, missionId)).map((row) =>
        MissionSubmissionDto.fromRow(row),
      ),
      nextCursor: null,
    };
  }

  @Post('submissions/:id/score')
  @HttpCode(200)
  @ApiOkResponse({ type: SubmissionDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'SUPERSEDED' })
  async score(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) submissionId: string,
    @Body() body: ScoreSubmissionDto,
  ): Promise<SubmissionDto> {
    return SubmissionDto.from(await this.missions.score(actor, submissionId, body));
  }

  @Get('events/:id/leaderboard')
  @ApiOkResponse({ type: LeaderboardDto })
  async leaderboard(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
  ): Promise<LeaderboardDto> {
    return { items: await this.missions.leaderboard(actor, eventId), nextCursor: null };
  }
}
