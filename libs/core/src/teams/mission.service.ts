import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { forbidden, notFound, validationFailed } from '../common/index.js';
import { Session } from '../itinerary/session.entity.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { RegistrationLedgerService } from '../registrations/registration-ledger.service.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { Mission } from './mission.entity.js';
import { Submission } from './submission.entity.js';
import { TeamAccessService } from './team-access.service.js';
import { TeamMember } from './team-member.entity.js';
import { Team } from './team.entity.js';
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
  ) {}

  async create(actor: User, eventId: string, input: MissionInput): Promise<MissionView> {
    const { event } = await this.access.assertOrganizer(actor, eventId);
    let session: Session | null = null;
    if (input.sessionId) {
      session = await this.dataSource.manager.findOneBy(Session, { id: input.sessionId, eventId });
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
      const saved = await manager.save(Mission, {
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
    const missions = await this.dataSource.manager.find(Mission, {
      where: { eventId },
      order: { dueAt: 'ASC', id: 'ASC' },
    });
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
    const rows: (Mission & { submitted: boolean; timezone: string })[] =
      await this.dataSource.query(
        `SELECT m.id, m.title, m.due_at AS "dueAt", e.timezone,
              EXISTS (SELECT 1 FROM submissions s WHERE s.mission_id = m.id AND s.team_id = $2 AND s.superseded_at IS NULL) AS submitted
         FROM missions m JOIN events e ON e.id = m.event_id WHERE m.event_id = $1 ORDER BY m.due_at, m.id`,
        [eventId, teamId],
      );
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
    const membership = await this.dataSource.manager.findOneBy(TeamMember, {
      eventId: mission.eventId,
      userId: actor.id,
    });
    if (!membership) throw forbidden('Only members of a team of this event can submit');
    return inTransaction(this.dataSource, async (manager) => {
      await manager.query('SELECT id FROM teams WHERE id = $1 FOR UPDATE', [membership.teamId]);
      // The clock is read after the lock, so a submission that waited its turn is judged when it runs.
      const [{ now }] = (await manager.query('SELECT clock_timestamp() AS now')) as [{ now: Date }];
      if (now >= mission.dueAt) throw missionClosed();
      await manager.update(
        Submission,
        { missionId, teamId: membership.teamId, supersededAt: IsNull() },
        { supersededAt: now },
      );
      const submission = await manager.save(Submission, {
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
    const submission = await this.dataSource.manager.findOne(Submission, {
      where: { id: submissionId },
      relations: { mission: true },
    });
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
      const current = await manager.findOneOrFail(Submission, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (current.supersededAt) throw superseded();
      Object.assign(current, {
        score: input.score,
        feedback: input.feedback ?? null,
        scoredBy: actor.id,
        scoredAt: new Date(),
      });
      const saved = await manager.save(current);
      const members = await manager.find(TeamMember, { where: { teamId: current.teamId } });
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

  /** Totals of current submissions' scores; ties share a rank and the next is skipped (1, 1, 3). */
  async leaderboard(actor: User, eventId: string): Promise<LeaderboardRow[]> {
    await this.access.assertCanSee(actor, eventId);
    const teams = await this.dataSource.manager.find(Team, {
      where: { eventId },
      order: { position: 'ASC' },
    });
    const missions = await this.dataSource.manager.find(Mission, {
      where: { eventId },
      order: { dueAt: 'ASC', id: 'ASC' },
    });
    const scores: { team_id: string; mission_id: string; score: number | null }[] =
      await this.dataSource.query(
        `SELECT s.team_id, s.mission_id, s.score FROM submissions s JOIN missions m ON m.id = s.mission_id
        WHERE m.event_id = $1 AND s.superseded_at IS NULL`,
        [eventId],
      );
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
    const mission = await this.dataSource.manager.findOneBy(Mission, { id: missionId });
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
    if (!ids.length) return new Map();
    const sessions = await this.dataSource.manager.find(Session, {
      where: ids.map((id) => ({ id })),
      select: { id: true, timezone: true },
    });
    return new Map(sessions.map((session) => [session.id, session.timezone]));
  }
}
