import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { forbidden, notFound, validationFailed } from '../common/index.js';
import type { Session } from '../itinerary/session.entity.js';
import { SessionRepository } from '../itinerary/session.repository.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { RegistrationLedgerService } from '../registrations/registration-ledger.service.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { Mission } from './mission.entity.js';
import { MissionRepository, type SubmissionListRow } from './mission.repository.js';
import type { Submission } from './submission.entity.js';
import { TeamAccessService } from './team-access.service.js';
import { TeamRepository } from './team.repository.js';
import { missionClosed, superseded } from './teams.errors.js';

export interface MissionInput {
  title: string;
  description?: string | null;
  dueAt: Date;
  maxScore: number;
  sessionId?: string | null;
}

export interface MissionView {
  mission: Mission;
  /** The event's zone, and the linked session's. */
  eventTimezone: string;
  sessionTimezone: string | null;
}

export interface LeaderboardRow {
  rank: number;
  teamId: string;
  name: string;
  total: number;
  missions: { missionId: string; score: number | null }[];
}

@Injectable()
export class MissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TeamAccessService,
    private readonly notifications: NotificationSchedulerService,
    private readonly ledger: RegistrationLedgerService,
    private readonly missions: MissionRepository,
    private readonly teams: TeamRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async create(actor: User, eventId: string, input: MissionInput): Promise<MissionView> {
    const { event } = await this.access.assertOrganizer(actor, eventId);
    let session: Session | null = null;
    if (input.sessionId) {
      session = await this.sessions.findInEvent(input.sessionId, eventId);
      if (!session || session.type !== 'team_mission') {
        throw validationFailed([
          {
            field: 'sessionId',
            constraint: 'isTeamMissionSession',
            message: 'sessionId must be a team_mission session of this event',
          },
        ]);
      }
    }
    const mission = await inTransaction(this.dataSource, async (manager) => {
      const saved = await this.missions.create(manager, {
        eventId,
        title: input.title.trim(),
        description: input.description ?? null,
        dueAt: input.dueAt,
        maxScore: input.maxScore,
        sessionId: session?.id ?? null,
      });
      await requestReminderPlan(manager, { eventId, missionId: saved.id });
      return saved;
    });
    return { mission, eventTimezone: event.timezone, sessionTimezone: session?.timezone ?? null };
  }

  async list(actor: User, eventId: string): Promise<MissionView[]> {
    const { event } = await this.access.assertCanSee(actor, eventId);
    const missions = await this.missions.forEvent(eventId);
    const zones = await this.sessionZones(missions);
    return missions.map((mission) => ({
      mission,
      eventTimezone: event.timezone,
      sessionTimezone: zones.get(mission.sessionId ?? '') ?? null,
    }));
  }

  /** Missions of the event with whether the team has a current submission for each. */
  async forTeam(
    eventId: string,
    teamId: string | null,
  ): Promise<{ mission: Mission; submitted: boolean; eventTimezone: string }[]> {
    const rows = await this.missions.forTeam(eventId, teamId);
    return rows.map((row) => ({
      mission: Object.assign(new Mission(), { id: row.id, title: row.title, dueAt: row.dueAt }),
      submitted: row.submitted,
      eventTimezone: row.timezone,
    }));
  }

  /**
   * A member submits for their team while server time < dueAt; a resubmission supersedes the
   * team's previous one (kept). The team's row lock serialises members submitting at once.
   */
  async submit(
    actor: User,
    missionId: string,
    input: { content: string; url?: string | null },
  ): Promise<Submission> {
    const mission = await this.mission(actor, missionId);
    const membership = await this.teams.membershipOf(actor.id, mission.eventId);
    if (!membership) throw forbidden('Only members of a team of this event can submit');
    return inTransaction(this.dataSource, async (manager) => {
      await this.teams.lockTeam(manager, membership.teamId);
      // The clock is read after the lock, so a submission that waited its turn is judged when it runs.
      const now = await this.missions.clock(manager);
      if (now >= mission.dueAt) throw missionClosed();
      await this.missions.supersede(manager, missionId, membership.teamId, now);
      const submission = await this.missions.saveSubmission(manager, {
        missionId,
        teamId: membership.teamId,
        submittedBy: actor.id,
        content: input.content,
        url: input.url ?? null,
      });
      await this.ledger.notifyStaff(manager, mission.eventId, 'staff_submission', submission.id);
      return submission;
    });
  }

  /** Staff and organizers score the current submission; rescoring replaces; members are told. */
  async score(
    actor: User,
    submissionId: string,
    input: { score: number; feedback?: string | null },
  ): Promise<Submission> {
    const submission = await this.missions.findSubmissionWithMission(submissionId);
    if (!submission?.mission) throw notFound('Submission');
    await this.access.assertCanScore(actor, submission.mission.eventId).catch((error) => {
      throw (error as { code?: string }).code === 'FORBIDDEN' ? error : notFound('Submission');
    });
    if (input.score < 0 || input.score > submission.mission.maxScore) {
      throw validationFailed([
        {
          field: 'score',
          constraint: 'withinMaxScore',
          message: `score must be from 0 to ${submission.mission.maxScore}`,
        },
      ]);
    }
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.missions.lockSubmission(manager, submissionId);
      if (current.supersededAt) throw superseded();
      Object.assign(current, {
        score: input.score,
        feedback: input.feedback ?? null,
        scoredBy: actor.id,
        scoredAt: new Date(),
      });
      const saved = await this.missions.saveSubmission(manager, current);
      const members = await this.teams.membersOfTeam(manager, current.teamId);
      for (const member of members) {
        await this.notifications.schedule(manager, {
          kind: 'submission_scored',
          subjectId: current.id,
          recipientId: member.userId,
          eventId: submission.mission!.eventId,
        });
      }
      return saved;
    });
  }

  /** A mission's submissions, current and superseded, for the event's staff and organizers. */
  async submissions(actor: User, missionId: string): Promise<SubmissionListRow[]> {
    const mission = await this.mission(actor, missionId);
    await this.access.assertCanScore(actor, mission.eventId);
    return this.missions.submissionsOf(missionId);
  }

  /** Totals of current submissions' scores; ties share a rank and the next is skipped (1, 1, 3). */
  async leaderboard(actor: User, eventId: string): Promise<LeaderboardRow[]> {
    await this.access.assertCanSee(actor, eventId);
    const teams = await this.teams.forEvent(eventId);
    const missions = await this.missions.forEvent(eventId);
    const scores = await this.missions.currentScores(eventId);
    const rows = teams.map((team) => {
      const perMission = missions.map((mission) => ({
        missionId: mission.id,
        score:
          scores.find((row) => row.team_id === team.id && row.mission_id === mission.id)?.score ??
          null,
      }));
      return {
        teamId: team.id,
        name: team.name,
        total: perMission.reduce((sum, entry) => sum + (entry.score ?? 0), 0),
        missions: perMission,
      };
    });
    rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    return rows.map((row) => ({
      rank: 1 + rows.filter((other) => other.total > row.total).length,
      ...row,
    }));
  }

  private async mission(actor: User, missionId: string): Promise<Mission> {
    const mission = await this.missions.findById(missionId);
    if (!mission) throw notFound('Mission');
    await this.access.assertCanSee(actor, mission.eventId).catch(() => {
      throw notFound('Mission');
    });
    return mission;
  }

  private async sessionZones(missions: Mission[]): Promise<Map<string, string>> {
    const ids = missions
      .map((mission) => mission.sessionId)
      .filter((id): id is string => Boolean(id));
    return this.sessions.zonesOf(ids);
  }
}
