import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { jobId } from '#queue/job-id.js';
import { JobName } from '#queue/queue-names.js';
import { enqueue } from '../notifications/outbox.js';

/**
 * Which reminders to re-plan: all of an event's, or only those of one session, one mission or
 * one participant. `requestedAt` is the moment of the change: reminders due after it are
 * planned even if the job runs late (the worker was down), and the late policy decides then.
 */
export interface ReminderPlanRequest {
  eventId: string;
  sessionId?: string;
  missionId?: string;
  userId?: string;
  /** Only the event's pickup reminders (pickups planned, changed or re-planned). */
  pickups?: boolean;
  requestedAt: string;
}

/**
 * Asks the worker to bring reminders in line with a change, in the change's own transaction:
 * if the change commits, the re-plan happens (however late); if not, nothing does. Planning is
 * idempotent, so each request gets a job id of its own.
 */
export function requestReminderPlan(
  manager: EntityManager,
  scope: Omit<ReminderPlanRequest, 'requestedAt'>,
): Promise<void> {
  const subject = scope.sessionId
    ? ['session', scope.sessionId]
    : scope.missionId
      ? ['mission', scope.missionId]
      : scope.pickups
        ? ['pickups']
        : scope.userId
          ? ['user', scope.userId]
          : ['event'];
  return enqueue(
    manager,
    JobName.PlanReminders,
    { ...scope, requestedAt: new Date().toISOString() },
    {
      jobId: jobId('plan-reminders', scope.eventId, ...subject, randomUUID()),
      runAt: new Date(),
    },
  );
}
