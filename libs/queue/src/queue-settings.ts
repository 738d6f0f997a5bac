import type { DefaultJobOptions, JobsOptions } from 'bullmq';
import { JobName } from './queue-names.js';

/** Delivery attempts before a notification is `failed`: about 17 minutes of exponential backoff. */
export const MAX_DELIVERY_ATTEMPTS = 10;
export const RETRY_BASE_DELAY_MS = 2000;

/**
 * Job defaults from BullMQ's production guidance: bounded retries with exponential backoff,
 * and completed/failed jobs removed after a while so Redis does not grow without end (the
 * delivery log in PostgreSQL is the record that stays).
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: MAX_DELIVERY_ATTEMPTS,
  backoff: { type: 'exponential', delay: RETRY_BASE_DELAY_MS },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
};

/**
 * Options for particular jobs, over the defaults. A reminder time's job and a digest's job are
 * removed once done, so that the same id can be added again (a participant joins that time
 * after it fired; reconciliation finds a digest missing): running one twice is harmless, as
 * each delivery is guarded by the delivery log.
 */
export const JOB_OPTIONS: Partial<Record<JobName, JobsOptions>> = {
  [JobName.FireReminders]: { removeOnComplete: true },
  [JobName.DeliverBatch]: { removeOnComplete: true },
  [JobName.SendDigest]: { removeOnComplete: true },
  [JobName.LeaveTeams]: { removeOnComplete: true },
  [JobName.SyncPickups]: { removeOnComplete: true },
};
