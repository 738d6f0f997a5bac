import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { errorSummary } from '#db/log-safe-error.js';
import type { QueuedJob } from '#queue/job-queues.js';
import { JobName } from '#queue/queue-names.js';
import { deliveryJobId } from '../notifications/notification-key.js';
import type { NotificationKind } from '../notifications/index.js';
import {
  reminderMomentJobId,
  reminderMomentPayload,
  type ReminderMoment,
} from './reminder-fan-out.service.js';
import { ReminderPlannerService, type JobRemover } from './reminder-planner.service.js';
import { REMINDER_KINDS, type ReminderKind } from './reminder-times.js';

/** A delivery the relay handed over this long ago and still `scheduled` may have lost its job. */
const HANDED_OVER_MS = 60_000;
/** A delivery `sending` this long belongs to a worker that died with Redis's copy of its job. */
const STUCK_SENDING_MS = 10 * 60_000;
const BATCH = 10_000;

export interface Reconciliation {
  /** Published events whose reminders were re-planned. */
  eventIds: string[];
  /** Events whose re-plan failed this time (logged with the error); the rest went on. */
  failedEventIds: string[];
  /** Jobs Redis should hold: re-adding one that exists is a no-op (deterministic ids). */
  jobs: QueuedJob[];
}

/**
 * Rebuilds from PostgreSQL what Redis should hold, so a Redis that lost its keys loses no
 * email: every running or coming event is re-planned (which also restores a plan request that
 * never ran), every reminder time due within the horizon (or overdue) with someone still
 * scheduled gets its job back, and deliveries that should be in the queue but may not be are
 * queued again. Everything it adds has the id it had, so a healthy Redis ignores it all.
 * One event whose plan fails (bad data, a constraint) is logged and left for its own retry;
 * it never stops the others', nor the re-queueing that serves every organization.
 */
@Injectable()
export class ReminderReconcilerService {
  private readonly logger = new Logger(ReminderReconcilerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: ReminderPlannerService,
  ) {}

  async run(horizonMs: number, removeJobs: JobRemover, now = new Date()): Promise<Reconciliation> {
    const events: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM events WHERE status = 'published' AND ends_on >= ($1::timestamptz - interval '2 days')::date`,
      [now],
    );
    const planned: string[] = [];
    const failedEventIds: string[] = [];
    for (const { id } of events) {
      try {
        await this.planner.plan({ eventId: id, requestedAt: now.toISOString() }, removeJobs);
        planned.push(id);
      } catch (error) {
        failedEventIds.push(id);
        this.logger.warn(`Event ${id}: re-planning its reminders failed: ${errorSummary(error)}`);
      }
    }

    const moments: { kind: ReminderKind; subject_id: string; fire_at: Date }[] =
      await this.dataSource.query(
        `SELECT DISTINCT kind, subject_id, fire_at FROM notifications
          WHERE status = 'scheduled' AND kind = ANY($1::text[]) AND fire_at < $2
          LIMIT $3`,
        [[...REMINDER_KINDS], new Date(now.getTime() + horizonMs), BATCH],
      );
    const deliveries: {
      id: string;
      kind: NotificationKind;
      subject_id: string;
      recipient_id: string;
      fire_at: Date;
    }[] = await this.dataSource.query(
      `SELECT id, kind, subject_id, recipient_id, fire_at FROM notifications n
        WHERE ((status = 'scheduled' AND kind <> ALL($1::text[]) AND fire_at < $2)
               OR (status = 'sending' AND updated_at < $3))
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.payload ->> 'notificationId' = n.id::text)
        LIMIT $4`,
      [
        [...REMINDER_KINDS],
        new Date(now.getTime() - HANDED_OVER_MS),
        new Date(now.getTime() - STUCK_SENDING_MS),
        BATCH,
      ],
    );
    return {
      eventIds: planned,
      failedEventIds,
      jobs: [
        ...moments.map((row) => {
          const moment: ReminderMoment = {
            kind: row.kind,
            subjectId: row.subject_id,
            fireAt: new Date(row.fire_at),
          };
          return {
            name: JobName.FireReminders,
            jobId: reminderMomentJobId(moment),
            payload: reminderMomentPayload(moment),
            runAt: moment.fireAt,
          };
        }),
        ...deliveries.map((row) => {
          const fireAt = new Date(row.fire_at);
          return {
            name: JobName.DeliverNotification,
            jobId: deliveryJobId({
              kind: row.kind,
              subjectId: row.subject_id,
              recipientId: row.recipient_id,
              fireAt,
            }),
            payload: { notificationId: row.id },
            runAt: fireAt,
          };
        }),
      ],
    };
  }
}
