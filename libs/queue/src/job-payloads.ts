import { JobName } from './queue-names.js';

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
  requestedAt: string;
}

/** What each job carries: ids only; the processor reloads the current state from PostgreSQL. */
export interface JobPayloads {
  [JobName.DeliverNotification]: { notificationId: string };
  /** One reminder time of one subject (`fireAt` in ISO 8601): its recipients are read when it fires. */
  [JobName.FireReminders]: { kind: string; subjectId: string; fireAt: string };
  [JobName.DeliverBatch]: { notificationIds: string[] };
  [JobName.PlanReminders]: ReminderPlanRequest;
  [JobName.Reconcile]: Record<string, never>;
  /** `date` is the local day; `fireAt` (ISO 8601) is 07:00 that day where its first session is. */
  [JobName.SendDigest]: { eventId: string; date: string; fireAt: string };
  [JobName.LeaveTeams]: { registrationId: string };
}
