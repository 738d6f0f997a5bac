import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from '../notifications/index.js';
import { Session } from '../itinerary/session.entity.js';
import type { ReminderKind, ReminderTime } from './reminder-times.js';

/** The key of a reminder row in the notifications table. */
export interface ReminderKeyRow {
  id: string;
  kind: ReminderKind;
  subject_id: string;
  recipient_id: string;
  fire_at: Date;
}

/** A reminder time of one subject, as stored. */
export interface ReminderMomentRow {
  kind: ReminderKind;
  subject_id: string;
  fire_at: Date;
}

/** A delivery that may have lost its job. */
export interface DeliveryKeyRow {
  id: string;
  kind: NotificationKind;
  subject_id: string;
  recipient_id: string;
  fire_at: Date;
}

/**
 * A reminder time as the plan compares it with the table: for every confirmed participant
 * (`recipientId` absent), or for one listed recipient.
 */
export type DueReminder = Omit<ReminderTime, 'recipientIds'> & { recipientId?: string };

/** The rows in scope of a re-plan: the event's, narrowed to one participant and some subjects. */
export interface ReminderScope {
  eventId: string;
  /** Only this participant's rows; null for everyone's. */
  userId: string | null;
  /** Only these (kind, subject) pairs; null for every reminder of the event. */
  pairs: [ReminderKind, string][] | null;
}

/**
 * The SQL of the reminder plan: the reminder rows of the notifications table, and what they
 * announce. Planning is set-based on purpose (one statement for a thousand participants, measured
 * in bench/), so it stays raw SQL, typed by its rows; it runs in the planner's transaction.
 */
@Injectable()
export class ReminderPlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The per-event advisory lock under which plans for one event apply in order. */
  async lockEvent(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `gofar-reminders:${eventId}`,
    ]);
  }

  /** The zone of the event's first scheduled session (null when it has none). */
  async firstScheduledSessionZone(manager: EntityManager, eventId: string) {
    const first = await manager.findOne(Session, {
      where: { eventId, status: 'scheduled' },
      order: { startsAt: 'ASC', id: 'ASC' },
      select: { id: true, timezone: true },
    });
    return first?.timezone ?? null;
  }

  /** The event's scheduled sessions (or only `sessionId`): ids, starts and zones. */
  scheduledSessions(manager: EntityManager, eventId: string, sessionId?: string) {
    return manager.find(Session, {
      where: { eventId, status: 'scheduled', ...(sessionId ? { id: sessionId } : {}) },
      select: { id: true, startsAt: true, timezone: true },
    });
  }

  /** The event's missions (or only `missionId`) with their due time and their session's zone. */
  missionsDue(
    manager: EntityManager,
    eventId: string,
    missionId: string | null,
  ): Promise<{ id: string; due_at: Date; zone: string | null }[]> {
    return manager.query(
      `SELECT m.id, m.due_at, s.timezone AS zone
         FROM missions m LEFT JOIN sessions s ON s.id = m.session_id
        WHERE m.event_id = $1 AND ($2::uuid IS NULL OR m.id = $2)`,
      [eventId, missionId],
    );
  }

  /**
   * The event's pickups with what their reminders need: the meeting time and zone, the staff,
   * and the user ids of the participants still confirmed.
   */
  pickupsOf(
    manager: EntityManager,
    eventId: string,
  ): Promise<
    {
      id: string;
      meet_at: Date;
      timezone: string;
      staff_ids: string[];
      participant_ids: string[];
    }[]
  > {
    return manager.query(
      `SELECT p.id, p.meet_at, p.timezone, p.staff_ids,
              COALESCE(array_agg(r.user_id ORDER BY r.user_id) FILTER (WHERE r.user_id IS NOT NULL), '{}') AS participant_ids
         FROM airport_pickups p
         LEFT JOIN pickup_members m ON m.pickup_id = p.id
         LEFT JOIN registrations r ON r.id = m.registration_id AND r.status = 'confirmed'
        WHERE p.event_id = $1
        GROUP BY p.id`,
      [eventId],
    );
  }

  /**
   * Marks `skipped` the scheduled reminders of `kinds` in scope that are not among `due` for a
   * confirmed participant, with the reason (`whyNone` for all of them when given).
   */
  async withdrawNotDue(
    manager: EntityManager,
    scope: ReminderScope,
    due: DueReminder[],
    kinds: readonly ReminderKind[],
    whyNone: string | null,
  ): Promise<ReminderKeyRow[]> {
    const [rows] = (await manager.query(
      `WITH due AS (
         SELECT * FROM unnest($2::text[], $3::uuid[], $4::timestamptz[], $10::uuid[]) AS d(kind, subject_id, fire_at, recipient_id)
       ), people AS (
         SELECT user_id FROM registrations WHERE event_id = $1 AND status = 'confirmed'
       )
       UPDATE notifications n SET status = 'skipped', updated_at = now(), reason = COALESCE($9,
         CASE
           WHEN n.kind = 'pickup_reminder' THEN CASE
             WHEN NOT EXISTS (SELECT 1 FROM due d WHERE d.kind = n.kind AND d.subject_id = n.subject_id)
               THEN 'the pickup was re-planned, cancelled or has started'
             WHEN NOT EXISTS (SELECT 1 FROM due d WHERE d.kind = n.kind AND d.subject_id = n.subject_id AND d.recipient_id = n.recipient_id)
               THEN 'the recipient is no longer in this pickup'
             ELSE 'its time changed: a reminder for the new time replaces it' END
           WHEN n.recipient_id NOT IN (SELECT user_id FROM people)
             THEN 'the recipient is no longer a confirmed participant'
           WHEN NOT EXISTS (SELECT 1 FROM due d WHERE d.kind = n.kind AND d.subject_id = n.subject_id)
             THEN 'what it announces was cancelled or has started'
           ELSE 'its time changed: a reminder for the new time replaces it'
         END)
       WHERE n.event_id = $1 AND n.status = 'scheduled' AND n.kind = ANY($5::text[])
         AND ($6::uuid IS NULL OR n.recipient_id = $6)
         AND ($7::text[] IS NULL OR (n.kind, n.subject_id) IN (SELECT * FROM unnest($7::text[], $8::uuid[])))
         AND NOT EXISTS (
           SELECT 1 FROM due d
            WHERE d.kind = n.kind AND d.subject_id = n.subject_id AND d.fire_at = n.fire_at
              AND CASE WHEN d.recipient_id IS NULL THEN n.recipient_id IN (SELECT user_id FROM people)
                       ELSE d.recipient_id = n.recipient_id END)
       RETURNING n.id, n.kind, n.subject_id, n.recipient_id, n.fire_at`,
      [
        scope.eventId,
        due.map((time) => time.kind),
        due.map((time) => time.subjectId),
        due.map((time) => time.fireAt),
        [...kinds],
        scope.userId,
        scope.pairs?.map(([kind]) => kind) ?? null,
        scope.pairs?.map(([, subjectId]) => subjectId) ?? null,
        whyNone,
        due.map((time) => time.recipientId ?? null),
      ],
    )) as [ReminderKeyRow[], number];
    return rows;
  }

  /**
   * One `scheduled` row per confirmed participant (or only `userId`) and time; a key skipped
   * earlier comes back when due again. Returns the rows scheduled.
   */
  insertScheduled(
    manager: EntityManager,
    eventId: string,
    userId: string | null,
    times: ReminderTime[],
  ): Promise<ReminderKeyRow[]> {
    return manager.query(
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
        eventId,
        times.map((time) => time.kind),
        times.map((time) => time.subjectId),
        times.map((time) => time.fireAt),
        times.map((time) => time.offset),
        userId,
      ],
    );
  }

  /**
   * One `scheduled` row per listed recipient and time (times of anchors with their own
   * recipients, such as pickups), or only `userId`'s; as `insertScheduled` otherwise.
   */
  insertScheduledFor(
    manager: EntityManager,
    eventId: string,
    userId: string | null,
    times: DueReminder[],
  ): Promise<ReminderKeyRow[]> {
    return manager.query(
      `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status)
       SELECT t.kind, t.subject_id, t.recipient_id, t.fire_at, $1, jsonb_build_object('offset', t.reminder_offset), 'scheduled'
         FROM unnest($2::text[], $3::uuid[], $4::timestamptz[], $5::text[], $6::uuid[])
                AS t(kind, subject_id, fire_at, reminder_offset, recipient_id)
        WHERE t.recipient_id IS NOT NULL AND ($7::uuid IS NULL OR t.recipient_id = $7)
       ON CONFLICT ON CONSTRAINT notifications_key DO UPDATE
          SET status = 'scheduled', reason = NULL, last_error = NULL, updated_at = now()
        WHERE notifications.status = 'skipped' AND notifications.fire_at > now()
       RETURNING id, kind, subject_id, recipient_id, fire_at`,
      [
        eventId,
        times.map((time) => time.kind),
        times.map((time) => time.subjectId),
        times.map((time) => time.fireAt),
        times.map((time) => time.offset),
        times.map((time) => time.recipientId ?? null),
        userId,
      ],
    );
  }

  /** Of the times `rows` were planned for, those with no scheduled recipient left. */
  momentsWithoutRecipients(
    manager: EntityManager,
    rows: ReminderKeyRow[],
  ): Promise<ReminderMomentRow[]> {
    return manager.query(
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
  }

  /** The ids of the rows of one reminder time still `scheduled`, in id order. */
  async scheduledIdsAt(kind: string, subjectId: string, fireAt: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notifications
        WHERE kind = $1 AND subject_id = $2 AND fire_at = $3 AND status = 'scheduled'
        ORDER BY id`,
      [kind, subjectId, fireAt],
    );
    return rows.map((row) => row.id);
  }

  /** Published events that have not ended two days before `now`. */
  async publishedEventIdsNotEndedBefore(now: Date): Promise<string[]> {
    const events: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM events WHERE status = 'published' AND ends_on >= ($1::timestamptz - interval '2 days')::date`,
      [now],
    );
    return events.map((event) => event.id);
  }

  /**
   * Events that have not ended two days before `now` and either are published with a reminder
   * that may fire before `horizon` (the event's start, or a mission's due time, less the longest
   * offset of its kind; sessions start at or after the event's start), or changed since
   * `changedSince` in a way their reminders follow (the event's timing or status, a session, a
   * new mission, a registration's status): those whose plan could be missing or stale. Each
   * part is read through an index (missions by due time up to the longest mission offset of any
   * published event); a draft has no reminders to plan.
   */
  async eventIdsToReconcile(now: Date, horizon: Date, changedSince: Date): Promise<string[]> {
    // Bounds as values, not expressions, so that the planner can weigh them against its statistics.
    const notEndedSince = new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    // An hour of margin: the lead counts days as 24 hours, a daylight-saving day may have 25.
    const fireBefore = new Date(horizon.getTime() + 3_600_000);
    // Missions due up to the longest mission offset of any published event after that.
    const [lead]: { seconds: number | null }[] = await this.dataSource.query(
      `SELECT extract(epoch FROM max(public.gofar_reminder_lead(mission_reminder_offsets)))::float8 AS seconds
         FROM events WHERE status = 'published'`,
    );
    const missionsDueBefore = new Date(fireBefore.getTime() + (lead?.seconds ?? 0) * 1000);
    const events: { id: string }[] = await this.dataSource.query(
      `WITH candidates AS (
         SELECT id FROM events WHERE reminders_changed_at >= $3::timestamptz
         UNION SELECT event_id FROM sessions WHERE updated_at >= $3::timestamptz
         UNION SELECT event_id FROM missions WHERE created_at >= $3::timestamptz
         UNION SELECT r.event_id FROM registration_changes c JOIN registrations r ON r.id = c.registration_id
                WHERE c.at >= $3::timestamptz
         UNION SELECT id FROM events
                WHERE status = 'published' AND ends_on >= $4::date
                  AND public.gofar_reminders_from(starts_at, event_reminder_offsets || session_reminder_offsets) <= $2::timestamptz
         UNION SELECT m.event_id FROM missions m JOIN events e ON e.id = m.event_id
                WHERE m.due_at > $1::timestamptz
                  AND m.due_at <= $5::timestamptz
                  AND e.status = 'published'
                  AND public.gofar_reminders_from(m.due_at, e.mission_reminder_offsets) <= $2::timestamptz
       )
       SELECT e.id FROM events e JOIN candidates c ON c.id = e.id
        WHERE e.status <> 'draft' AND e.ends_on >= $4::date`,
      [now, fireBefore, changedSince, notEndedSince, missionsDueBefore],
    );
    return events.map((event) => event.id);
  }

  /** Up to when changes have been re-planned (null before the first reconciliation). */
  async changesSeenUntil(): Promise<Date | null> {
    const [row]: { changes_seen_until: Date }[] = await this.dataSource.query(
      `SELECT changes_seen_until FROM reminder_reconciliation WHERE id = 1`,
    );
    return row?.changes_seen_until ?? null;
  }

  /** Moves the mark forward (never back: two ticks may end out of order). */
  async markChangesSeen(until: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO reminder_reconciliation (id, changes_seen_until) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE
         SET changes_seen_until = GREATEST(reminder_reconciliation.changes_seen_until, EXCLUDED.changes_seen_until)`,
      [until],
    );
  }

  /** Reminder times of `kinds` with someone still scheduled, due before `before`. */
  scheduledMomentsBefore(
    kinds: readonly ReminderKind[],
    before: Date,
    limit: number,
  ): Promise<ReminderMomentRow[]> {
    return this.dataSource.query(
      `SELECT DISTINCT kind, subject_id, fire_at FROM notifications
          WHERE status = 'scheduled' AND kind = ANY($1::text[]) AND fire_at < $2
          LIMIT $3`,
      [[...kinds], before, limit],
    );
  }

  /**
   * Deliveries (not of `reminderKinds`) scheduled and due before `handedOverBefore`, or
   * `sending` since before `sendingSince`, that have no outbox row.
   */
  deliveriesWithoutOutboxRow(
    reminderKinds: readonly ReminderKind[],
    handedOverBefore: Date,
    sendingSince: Date,
    limit: number,
  ): Promise<DeliveryKeyRow[]> {
    return this.dataSource.query(
      `SELECT id, kind, subject_id, recipient_id, fire_at FROM notifications n
        WHERE ((status = 'scheduled' AND kind <> ALL($1::text[]) AND fire_at < $2)
               OR (status = 'sending' AND updated_at < $3))
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.payload ->> 'notificationId' = n.id::text)
        LIMIT $4`,
      [[...reminderKinds], handedOverBefore, sendingSince, limit],
    );
  }
}
