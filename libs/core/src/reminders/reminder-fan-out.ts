import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { jobId } from '../../../queue/src/job-id.js';
import type { JobPayloads } from '../../../queue/src/job-payloads.js';
import type { QueuedJob } from '../../../queue/src/job-queues.js';
import { JobName } from '../../../queue/src/queue-names.js';
import { deliveryJobId } from '../notifications/notification-key.js';
import type { ReminderKind } from './reminder-times.js';

/** A reminder time of one subject: what one delayed job in Redis stands for. */
export interface ReminderMoment {
  kind: ReminderKind;
  subjectId: string;
  fireAt: Date;
}

/** `fire-<kind>-<subjectId>-<fireAtEpochMs>`: the delayed job of one reminder time. */
export function reminderMomentJobId(moment: ReminderMoment): string {
  return jobId('fire', moment.kind, moment.subjectId, moment.fireAt.getTime());
}

export function reminderMomentPayload(moment: ReminderMoment): JobPayloads[JobName.FireReminders] {
  return { kind: moment.kind, subjectId: moment.subjectId, fireAt: moment.fireAt.toISOString() };
}

/**
 * When a reminder time comes, turns its `scheduled` delivery-log rows (one per recipient) into
 * delivery jobs, each with the id of its notification key. Redis holds one delayed job per
 * reminder time rather than one per recipient: moving a session of a thousand participants
 * moves a couple of jobs, and a time's recipients are whoever is still planned when it fires.
 */
@Injectable()
export class ReminderFanOut {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async deliveriesDue(payload: JobPayloads[JobName.FireReminders]): Promise<QueuedJob[]> {
    const fireAt = new Date(payload.fireAt);
    const rows: { id: string; recipient_id: string }[] = await this.dataSource.query(
      `SELECT id, recipient_id FROM notifications
        WHERE kind = $1 AND subject_id = $2 AND fire_at = $3 AND status = 'scheduled'`,
      [payload.kind, payload.subjectId, fireAt],
    );
    return rows.map((row) => ({
      name: JobName.DeliverNotification,
      jobId: deliveryJobId({
        kind: payload.kind as ReminderKind,
        subjectId: payload.subjectId,
        recipientId: row.recipient_id,
        fireAt,
      }),
      payload: { notificationId: row.id },
      runAt: fireAt,
    }));
  }
}
