import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Event } from '../events/event.entity.js';
import { Mission } from './mission.entity.js';
import { Submission } from './submission.entity.js';

/** A mission as a team sees it, with whether the team has a current submission. */
export interface TeamMissionRow {
  id: string;
  title: string;
  dueAt: Date;
  timezone: string;
  submitted: boolean;
}

/** What a submission's emails say: the submission with its mission and team, and its event. */
export interface SubmissionForEmail {
  submission: Submission & { mission: Mission; team: NonNullable<Submission['team']> };
  event: Event;
}

/** A submission as the mission's list of submissions shows it, with its team's name. */
export interface SubmissionListRow {
  submission: Submission;
  teamName: string;
}

/** A current submission's score, for the leaderboard. */
export interface CurrentScoreRow {
  team_id: string;
  mission_id: string;
  score: number | null;
}

/**
 * The SQL of the mission aggregate (missions and their submissions). Methods that may run inside
 * a transaction take its EntityManager; the rules stay in MissionService.
 */
@Injectable()
export class MissionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, mission: Partial<Mission>): Promise<Mission> {
    return manager.save(Mission, mission);
  }

  /** The submission, its mission, team and event; null when any of them is gone. */
  async submissionForEmail(submissionId: string): Promise<SubmissionForEmail | null> {
    const submission = await this.dataSource.manager.findOne(Submission, {
      where: { id: submissionId },
      relations: { mission: true, team: true },
    });
    const event = submission?.mission
      ? await this.dataSource.manager.findOneBy(Event, { id: submission.mission.eventId })
      : null;
    if (!submission?.mission || !submission.team || !event) return null;
    return { submission: submission as SubmissionForEmail['submission'], event };
  }

  findById(missionId: string): Promise<Mission | null> {
    return this.dataSource.manager.findOneBy(Mission, { id: missionId });
  }

  /** The event's missions by due time. */
  forEvent(eventId: string): Promise<Mission[]> {
    return this.dataSource.manager.find(Mission, {
      where: { eventId },
      order: { dueAt: 'ASC', id: 'ASC' },
    });
  }

  forTeam(eventId: string, teamId: string | null): Promise<TeamMissionRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.title, m.due_at AS "dueAt", e.timezone,
              EXISTS (SELECT 1 FROM submissions s WHERE s.mission_id = m.id AND s.team_id = $2 AND s.superseded_at IS NULL) AS submitted
         FROM missions m JOIN events e ON e.id = m.event_id WHERE m.event_id = $1 ORDER BY m.due_at, m.id`,
      [eventId, teamId],
    );
  }

  /** PostgreSQL's clock now (not the transaction's start), for deadlines judged after a lock. */
  async clock(manager: EntityManager): Promise<Date> {
    const [{ now }] = (await manager.query('SELECT clock_timestamp() AS now')) as [{ now: Date }];
    return now;
  }

  /** Marks the team's current submission of the mission, if any, as superseded at `at`. */
  async supersede(
    manager: EntityManager,
    missionId: string,
    teamId: string,
    at: Date,
  ): Promise<void> {
    await manager.update(
      Submission,
      { missionId, teamId, supersededAt: IsNull() },
      { supersededAt: at },
    );
  }

  saveSubmission(manager: EntityManager, submission: Partial<Submission>): Promise<Submission> {
    return manager.save(Submission, submission);
  }

  findSubmissionWithMission(submissionId: string): Promise<Submission | null> {
    return this.dataSource.manager.findOne(Submission, {
      where: { id: submissionId },
      relations: { mission: true },
    });
  }

  /** Re-reads a submission under a row lock, inside the transaction that scores it. */
  lockSubmission(manager: EntityManager, submissionId: string): Promise<Submission> {
    return manager.findOneOrFail(Submission, {
      where: { id: submissionId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The scores of the event's current submissions. */
  currentScores(eventId: string): Promise<CurrentScoreRow[]> {
    return this.dataSource.query(
      `SELECT s.team_id, s.mission_id, s.score FROM submissions s JOIN missions m ON m.id = s.mission_id
        WHERE m.event_id = $1 AND s.superseded_at IS NULL`,
      [eventId],
    );
  }

  /** Every submission of the mission (current and superseded), newest first, with team names. */
  async submissionsOf(missionId: string): Promise<SubmissionListRow[]> {
    const submissions = await this.dataSource.manager.find(Submission, {
      where: { missionId },
      relations: { team: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return submissions.map((submission) => ({
      submission,
      teamName: submission.team?.name ?? '',
    }));
  }
}
