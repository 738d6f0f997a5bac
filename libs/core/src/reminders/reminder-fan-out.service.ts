import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jobId } from '#queue/job-id.js';
import type { JobPayloads } from '../jobs/job-payloads.js';
import type { QueuedJob } from '#queue/job-queues.js';
import { JobName } from '#queue/queue-names.js';
import { ReminderPlanRepository } from './reminder-plan.repository.js';
import type { ReminderKind } from './reminder-times.js';

/** Reminders per delivery job: enough to spread the per-job cost, few enough to share out. */
const BATCH_SIZE = 50;

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
 * When a reminder time comes, turns its `scheduled` `notifications` rows (one per recipient) into
 * delivery jobs of up to fifty reminders each. Redis holds one delayed job per reminder time
 * rather than one per recipient: moving a session of a thousand participants moves a couple of
 * jobs, and a time's recipients are whoever is still planned when it fires. Each email is still
 * guarded by its own `notifications` row.
 */
@Injectable()
export class ReminderFanOutService {
  constructor(private readonly rows: ReminderPlanRepository) {}

  async deliveriesDue(payload: JobPayloads[JobName.FireReminders]): Promise<QueuedJob[]> {
    const fireAt = new Date(payload.fireAt);
    const ids = await this.rows.scheduledIdsAt(payload.kind, payload.subjectId, fireAt);
    const moment = reminderMomentJobId({
      kind: payload.kind as ReminderKind,
      subjectId: payload.subjectId,
      fireAt,
    });
    const batches: QueuedJob[] = [];
    for (let start = 0; start < ids.length; start += BATCH_SIZE) {
      const notificationIds = ids.slice(start, start + BATCH_SIZE);
      // Named by its contents: the same batch queued twice is one job.
      const digest = createHash('sha256').update(notificationIds.join(',')).digest('hex');
      batches.push({
        name: JobName.DeliverBatch,
        jobId: jobId('batch', moment, digest.slice(0, 16)),
        payload: { notificationIds },
        runAt: fireAt,
      });
    }
    return batches;
  }
}
