import type { DefaultJobOptions } from 'bullmq';

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
