import { Injectable, Logger } from '@nestjs/common';
import { errorSummary } from '#db/log-safe-error.js';
import type { QueuedJob } from '#queue/job-queues.js';
import { JobName } from '#queue/queue-names.js';
import { deliveryJobId } from '../notifications/notification-key.js';
import {
  reminderMomentJobId,
  reminderMomentPayload,
  type ReminderMoment,
} from './reminder-fan-out.service.js';
import { ReminderPlannerService, type JobRemover } from './reminder-planner.service.js';
import { ReminderPlanRepository } from './reminder-plan.repository.js';
import { REMINDER_KINDS } from './reminder-times.js';

/** A delivery the relay handed over this long ago and still `scheduled` may have lost its job. */
const HANDED_OVER_MS = 60_000;
/** A delivery `sending` this long belongs to a worker that died with Redis's copy of its job. */
const STUCK_SENDING_MS = 10 * 60_000;
const BATCH = 10_000;
/**
 * How far back before its mark a tick looks for changes again: a change is stamped when its
 * transaction starts and may commit later, and the worker's clock may differ from PostgreSQL's.
 */
export const CHANGE_LOOKBACK_MS = 5 * 60_000;

export interface Reconciliation {
  /** Events whose reminders were re-planned. */
  eventIds: string[];
  /** Whether every running or coming event was looked at (the first tick), not only some. */
  full: boolean;
  /** Events whose re-plan failed this time (logged with the error); the rest went on. */
  failedEventIds: string[];
  /** Jobs Redis should hold: re-adding one that exists is a no-op (deterministic ids). */
  jobs: QueuedJob[];
}

/**
 * Rebuilds from PostgreSQL what Redis should hold, so a Redis that lost its keys loses no
 * email. It re-plans the events whose plan could be missing or stale: those with something
 * changed since the last tick (a plan request can be lost with Redis between the relay and the
 * worker) and those whose reminders may fall within the horizon; the first tick (no mark yet)
 * re-plans every running or coming event. A tick's planning thus costs in proportion to the
 * events that changed or are about to fire, not to all events. Every reminder time due within
 * the horizon (or overdue) with someone still scheduled gets its job back, and deliveries that
 * should be in the queue but may not be are queued again. Everything it adds has the id it had,
 * so a healthy Redis ignores it all. One event whose plan fails (bad data, a constraint) is
 * logged and left for its own retry; it never stops the others', nor the re-queueing that serves
 * every organization.
 */
@Injectable()
export class ReminderReconcilerService {
  private readonly logger = new Logger(ReminderReconcilerService.name);

  constructor(
    private readonly planner: ReminderPlannerService,
    private readonly rows: ReminderPlanRepository,
  ) {}

  async run(horizonMs: number, removeJobs: JobRemover, now = new Date()): Promise<Reconciliation> {
    const horizon = new Date(now.getTime() + horizonMs);
    const seen = await this.rows.changesSeenUntil();
    const eventIds = seen
      ? await this.rows.eventIdsToReconcile(
          now,
          horizon,
          new Date(seen.getTime() - CHANGE_LOOKBACK_MS),
        )
      : await this.rows.publishedEventIdsNotEndedBefore(now);
    const planned: string[] = [];
    const failedEventIds: string[] = [];
    for (const id of eventIds) {
      try {
        await this.planner.plan({ eventId: id, requestedAt: now.toISOString() }, removeJobs);
        planned.push(id);
      } catch (error) {
        failedEventIds.push(id);
        this.logger.warn(`Event ${id}: re-planning its reminders failed: ${errorSummary(error)}`);
      }
    }
    // A failed event has a retry job of its own (see the worker), and one about to fire is
    // tried again at every tick; a mark held back by one broken event would make every tick
    // look at ever more changes.
    await this.rows.markChangesSeen(now);

    const moments = await this.rows.scheduledMomentsBefore(REMINDER_KINDS, horizon, BATCH);
    const deliveries = await this.rows.deliveriesWithoutOutboxRow(
      REMINDER_KINDS,
      new Date(now.getTime() - HANDED_OVER_MS),
      new Date(now.getTime() - STUCK_SENDING_MS),
      BATCH,
    );
    return {
      eventIds: planned,
      full: !seen,
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
