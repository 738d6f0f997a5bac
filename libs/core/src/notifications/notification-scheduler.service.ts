import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobName, QUEUE_OF_JOB } from '#queue/queue-names.js';
import type { NotificationKind } from './notification-kind.js';
import { deliveryJobId } from './notification-key.js';
import type { Notification } from './notification.entity.js';

export interface NotificationRequest {
  kind: NotificationKind;
  subjectId: string;
  recipientId: string;
  /** When it is due; default now. Stored to the millisecond, as the key and job id use it. */
  fireAt?: Date;
  eventId?: string | null;
  data?: Notification['data'];
  /** When to deliver it; default `fireAt`. A job that is itself the timer (a digest) says now. */
  deliverAt?: Date;
}

/**
 * Plans notifications inside the caller's transaction: the `notifications` row (`scheduled`) and
 * the outbox row that will carry it to the queue. A key that exists already is left alone, so
 * planning the same notification twice sends it once.
 */
@Injectable()
export class NotificationSchedulerService {
  /** Returns the new `notifications` row's id, or null when the key was already planned. */
  async schedule(manager: EntityManager, request: NotificationRequest): Promise<string | null> {
    const { recipientId, ...common } = request;
    const [id] = await this.scheduleForEach(manager, common, [recipientId]);
    return id ?? null;
  }

  /**
   * The same notification for each recipient (one email each), in one statement: a change
   * that tells a thousand participants costs one round trip, not a thousand. Returns the ids
   * of the rows it created.
   */
  async scheduleForEach(
    manager: EntityManager,
    request: Omit<NotificationRequest, 'recipientId'>,
    recipientIds: string[],
  ): Promise<string[]> {
    if (!recipientIds.length) return [];
    const fireAt = new Date(Math.floor((request.fireAt ?? new Date()).getTime()));
    const jobIds = recipientIds.map((recipientId) =>
      deliveryJobId({ kind: request.kind, subjectId: request.subjectId, recipientId, fireAt }),
    );
    // The log rows, and outbox rows only for the log rows that are new.
    const rows: { id: string }[] = await manager.query(
      `WITH wanted AS (
         SELECT * FROM unnest($3::uuid[], $9::text[]) AS w(recipient_id, job_id)
       ), planned AS (
         INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status)
         SELECT $1, $2, w.recipient_id, $4, $5, $6, 'scheduled' FROM wanted w
         ON CONFLICT ON CONSTRAINT notifications_key DO NOTHING
         RETURNING id, recipient_id
       ), queued AS (
         INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
         SELECT $7, $8, w.job_id, jsonb_build_object('notificationId', planned.id), $10::timestamptz
           FROM planned JOIN wanted w USING (recipient_id)
       )
       SELECT id FROM planned`,
      [
        request.kind,
        request.subjectId,
        recipientIds,
        fireAt,
        request.eventId ?? null,
        request.data ?? {},
        QUEUE_OF_JOB[JobName.DeliverNotification],
        JobName.DeliverNotification,
        jobIds,
        request.deliverAt ?? fireAt,
      ],
    );
    return rows.map((row) => row.id);
  }
}
