import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobName } from '../../../queue/src/queue-names.js';
import type { NotificationKind } from './notification-kind.js';
import { deliveryJobId } from './notification-key.js';
import { Notification } from './notification.entity.js';
import { enqueue } from './outbox.js';

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
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        ...key,
        eventId: request.eventId ?? null,
        data: request.data ?? {},
        status: 'scheduled',
      })
      .orIgnore()
      .returning('id')
      .execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) return null;
    await enqueue(
      manager,
      JobName.DeliverNotification,
      { notificationId: row.id },
      { jobId: deliveryJobId(key), runAt: fireAt },
    );
    return row.id;
  }
}
