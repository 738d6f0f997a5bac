import { jobId } from '#queue/job-id.js';
import type { NotificationKind } from './notification-kind.js';

/** The contract's notification key: at most one email per key. */
export interface NotificationKey {
  kind: NotificationKind;
  subjectId: string;
  recipientId: string;
  fireAt: Date;
}

/** `<kind>-<subjectId>-<recipientId>-<fireAtEpochMs>`: the BullMQ job id of a delivery. */
export function deliveryJobId(key: NotificationKey): string {
  return jobId(key.kind, key.subjectId, key.recipientId, key.fireAt.getTime());
}

/**
 * The Message-ID of the email for a key: the same on every attempt, so a copy sent twice
 * after a crash can be recognised and dropped by mail systems.
 */
export function messageIdFor(key: NotificationKey, domain: string): string {
  return `<${key.kind}.${key.subjectId}.${key.recipientId}.${key.fireAt.getTime()}@${domain}>`;
}
