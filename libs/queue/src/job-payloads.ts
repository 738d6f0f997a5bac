import { JobName } from './queue-names.js';

/** What each job carries: ids only; the processor reloads the current state from PostgreSQL. */
export interface JobPayloads {
  [JobName.DeliverNotification]: { notificationId: string };
  [JobName.ReplanSessionReminders]: { sessionId: string; sequence: number };
}
