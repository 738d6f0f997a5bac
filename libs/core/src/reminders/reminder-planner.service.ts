import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { ReminderPlanRequest } from './reminder-plan-request.js';
import { Event } from '../events/event.entity.js';
import { JobName } from '#queue/queue-names.js';
import { enqueueMany } from '../notifications/outbox.js';
import { ReminderAnchorsService } from './reminder-anchors.service.js';
import {
  reminderMomentJobId,
  reminderMomentPayload,
  type ReminderMoment,
} from './reminder-fan-out.service.js';
import {
  REMINDER_KINDS,
  reminderTimes,
  type ReminderAnchor,
  type ReminderKind,
  type ReminderTime,
} from './reminder-times.js';

export interface PlanOutcome {
  /** Reminders newly scheduled (or scheduled again after a move back). */
  planned: number;
  /** Scheduled reminders that no longer apply, now `skipped`. */
  withdrawn: number;
}

/** Removes delayed jobs by id (an optimisation: a stale job that fires finds nothing to send). */
export type JobRemover = (jobIds: string[]) => Promise<void>;

interface KeyRow {
  id: string;
  kind: ReminderKind;
  subject_id: string;
  recipient_id: string;
  fire_at: Date;
}

/**
 * Brings the reminders in the notifications table for a scope in line with PostgreSQL: one `scheduled` row
 * per confirmed participant and reminder time still ahead, and one delayed job per reminder
 * time; rows that no longer apply become `skipped` with the reason, and a time nobody is left
 * for loses its job. Runs under a per-event advisory lock, so plans for one event apply in
 * order and the last one wins.
 */
@Injectable()
export class ReminderPlannerService {
  private readonly logger = new Logger(ReminderPlannerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: ReminderAnchorsService,
  ) {}

  plan(request: ReminderPlanRequest, removeJobs: JobRemover): Promise<PlanOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `gofar-reminders:${request.eventId}`,
      ]);
      const event = await manager.findOneBy(Event, { id: request.eventId });
      const live = event?.status === 'published';
      const found = live ? await this.anchorsInScope(manager, event, request) : [];
      const now = Date.now();
      // Times of what has not started yet; the late policy sends those already due.
      const due = found
        .filter((anchor) => anchor.at.getTime() > now)
        .flatMap((anchor) =>
          reminderTimes(anchor, (offset) =>
            this.logger.warn(
              `Event ${request.eventId}: ${anchor.kind} offset ${offset} gives no usable fire time for ${anchor.subjectId}; skipped`,
            ),
          ),
        );
      const withdrawn = await this.withdraw(manager, request, due, live ? null : event);
      const requestedAt = new Date(request.requestedAt).getTime();
      const planned = await this.schedule(
        manager,
        request,
        due.filter((time) => time.fireAt.getTime() > requestedAt),
      );
      // A reminder time left with nobody to remind loses its job; under the lock, so that a
      // later plan bringing the time back re-adds the job after this removal.
      const emptied = await this.momentsWithoutRecipients(manager, withdrawn);
      await removeJobs(emptied.map(reminderMomentJobId));
      return { planned, withdrawn: withdrawn.length };
    });
  }

  private async anchorsInScope(
    manager: EntityManager,
    event: Event,
    request: ReminderPlanRequest,
  ): Promise<ReminderAnchor[]> {
    if (request.missionId) return this.anchors.ofMissions(manager, event, request.missionId);
    // A session change can move the programme start, so the event's reminders follow it.
    if (request.sessionId)
      return [
        await this.anchors.ofEvent(manager, event),
        ...(await this.anchors.ofSessions(manager, event, request.sessionId)),
      ];
    return [
      await this.anchors.ofEvent(manager, event),
      ...(await this.anchors.ofSessions(manager, event)),
      ...(await this.anchors.ofMissions(manager, event)),
    ];
  }

  /** Which (kind, subject) pairs a request covers; null means every reminder of the event. */
  private scopePairs(request: ReminderPlanRequest): [ReminderKind, string][] | null {
    if (request.missionId) return [['mission_reminder', request.missionId]];
    if (request.sessionId)
      return [
        ['event_reminder', request.eventId],
        ['session_reminder', request.sessionId],
      ];
    return null;
  }

  /** Marks `skipped` the scheduled reminders in scope that are not among `due` for a confirmed participant. */
  private async withdraw(
    manager: EntityManager,
    request: ReminderPlanRequest,
    due: ReminderTime[],
    notLive: Event | null,
  ): Promise<KeyRow[]> {
    const pairs = this.scopePairs(request);
    const whyNone = notLive ? `the event is ${notLive.status}` : null;
    const [rows] = (await manager.query(
      `WITH due AS (
         SELECT * FROM unnest($2::text[], $3::uuid[], $4::timestamptz[]) AS d(kind, subject_id, fire_at)
       ), people AS (
         SELECT user_id FROM registrations WHERE event_id = $1 AND status = 'confirmed'
       )
       UPDATE notifications n SET status = 'skipped', updated_at = now(), reason = COALESCE($9,
         CASE
           WHEN n.recipient_id NOT IN (SELECT user_id FROM people)
             THEN 'the recipient is no longer a confirmed participant'
           WHEN NOT EXISTS (SELECT 1 FROM due d WHERE d.kind = n.kind AND d.subject_id = n.subject_id)
             THEN 'what it announces was cancelled or has started'
           ELSE 'its time changed: a reminder for the new time replaces it'
         END)
       WHERE n.event_id = $1 AND n.status = 'scheduled' AND n.kind = ANY($5::text[])
         AND ($6::uuid IS NULL OR n.recipient_id = $6)
         AND ($7::text[] IS NULL OR (n.kind, n.subject_id) IN (SELECT * FROM unnest($7::text[], $8::uuid[])))
         AND NOT (
           EXISTS (SELECT 1 FROM due d WHERE d.kind = n.kind AND d.subject_id = n.subject_id AND d.fire_at = n.fire_at)
           AND n.recipient_id IN (SELECT user_id FROM people))
       RETURNING n.id, n.kind, n.subject_id, n.recipient_id, n.fire_at`,
      [
        request.eventId,
        due.map((time) => time.kind),
        due.map((time) => time.subjectId),
        due.map((time) => time.fireAt),
        [...REMINDER_KINDS],
        request.userId ?? null,
        pairs?.map(([kind]) => kind) ?? null,
        pairs?.map(([, subjectId]) => subjectId) ?? null,
        whyNone,
      ],
    )) as [KeyRow[], number];
    return rows;
  }

  /** One row per confirmed participant and time; a key skipped earlier comes back when due again. */
  private async schedule(
    manager: EntityManager,
    request: ReminderPlanRequest,
    times: ReminderTime[],
  ): Promise<number> {
    if (!times.length) return 0;
    const rows: KeyRow[] = await manager.query(
      `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status)
       SELECT t.kind, t.subject_id, r.user_id, t.fire_at, $1, jsonb_build_object('offset', t.reminder_offset), 'scheduled'
         FROM unnest($2::text[], $3::uuid[], $4::timestamptz[], $5::text[]) AS t(kind, subject_id, fire_at, reminder_offset)
        CROSS JOIN (SELECT DISTINCT user_id FROM registrations
                     WHERE event_id = $1 AND status = 'confirmed' AND ($6::uuid IS NULL OR user_id = $6)) r
       ON CONFLICT ON CONSTRAINT notifications_key DO UPDATE
          SET status = 'scheduled', reason = NULL, last_error = NULL, updated_at = now()
        WHERE notifications.status = 'skipped' AND notifications.fire_at > now()
       RETURNING id, kind, subject_id, recipient_id, fire_at`,
      [
        request.eventId,
        times.map((time) => time.kind),
        times.map((time) => time.subjectId),
        times.map((time) => time.fireAt),
        times.map((time) => time.offset),
        request.userId ?? null,
      ],
    );
    const moments = new Map<string, ReminderMoment>();
    for (const row of rows) {
      const moment = { kind: row.kind, subjectId: row.subject_id, fireAt: new Date(row.fire_at) };
      moments.set(reminderMomentJobId(moment), moment);
    }
    // One delayed job per reminder time; one that is queued already is left as it is.
    await enqueueMany(
      manager,
      JobName.FireReminders,
      [...moments].map(([jobId, moment]) => ({
        payload: reminderMomentPayload(moment),
        jobId,
        runAt: moment.fireAt,
      })),
    );
    return rows.length;
  }

  /** Of the times `rows` were planned for, those with no scheduled recipient left. */
  private async momentsWithoutRecipients(
    manager: EntityManager,
    rows: KeyRow[],
  ): Promise<ReminderMoment[]> {
    if (!rows.length) return [];
    const found: { kind: ReminderKind; subject_id: string; fire_at: Date }[] = await manager.query(
      `SELECT DISTINCT t.kind, t.subject_id, t.fire_at
         FROM unnest($1::text[], $2::uuid[], $3::timestamptz[]) AS t(kind, subject_id, fire_at)
        WHERE NOT EXISTS (
          SELECT 1 FROM notifications n
           WHERE n.kind = t.kind AND n.subject_id = t.subject_id AND n.fire_at = t.fire_at
             AND n.status = 'scheduled')`,
      [
        rows.map((row) => row.kind),
        rows.map((row) => row.subject_id),
        rows.map((row) => row.fire_at),
      ],
    );
    return found.map((row) => ({
      kind: row.kind,
      subjectId: row.subject_id,
      fireAt: new Date(row.fire_at),
    }));
  }
}
