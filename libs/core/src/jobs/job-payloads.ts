import type { JobName } from '#queue/queue-names.js';
import type { ReminderPlanRequest } from '../reminders/reminder-plan-request.js';

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
  /** Registrations no longer confirmed: their team places go (one job for a whole cancelled event). */
  [JobName.LeaveTeams]: { registrationIds: string[] };
  /** Registrations of one event that became or stopped being confirmed. */
  [JobName.SyncPickups]: { eventId: string; registrationIds: string[] };
}
