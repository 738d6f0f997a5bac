import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobName, QUEUE_OF_JOB } from '../../../queue/src/queue-names.js';
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
}

/**
 * Plans notifications inside the caller's transaction: the delivery-log row (`scheduled`) and
 * the outbox row that will carry it to the queue. A key that exists already is left alone, so
 * planning the same notification twice sends it once.
 */
@Injectable()
export class NotificationScheduler {
  /** Returns the new delivery-log id, or null when the key was already planned. */
  async schedule(manager: EntityManager, request: NotificationRequest): Promise<string | null> {
    const fireAt = new Date(Math.floor((request.fireAt ?? new Date()).getTime()));
    const key = {
      kind: request.kind,
      subjectId: request.subjectId,
      recipientId: request.recipientId,
      fireAt,
    };
    // One round trip: the log row, and its outbox row only if the log row is new.
    const rows: { id: string }[] = await manager.query(
      `WITH planned AS (
         INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'scheduled')
         ON CONFLICT ON CONSTRAINT notifications_key DO NOTHING
         RETURNING id
       ), queued AS (
         INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
         SELECT $7, $8, $9, jsonb_build_object('notificationId', planned.id), $4 FROM planned
       )
       SELECT id FROM planned`,
      [
        key.kind,
        key.subjectId,
        key.recipientId,
        fireAt,
        request.eventId ?? null,
        request.data ?? {},
        QUEUE_OF_JOB[JobName.DeliverNotification],
        JobName.DeliverNotification,
        deliveryJobId(key),
      ],
    );
    return rows[0]?.id ?? null;
  }
}
