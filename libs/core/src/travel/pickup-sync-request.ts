import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { jobId } from '#queue/job-id.js';
import { JobName } from '#queue/queue-names.js';
import { enqueue } from '../notifications/outbox.js';

/**
 * Asks the worker to bring pickups in line with registrations that became or stopped being
 * confirmed, in the transaction of that change: the registrations feature does not write the
 * travel feature's tables. The worker re-reads everything, so a stale request does nothing.
 */
export function requestPickupSync(
  manager: EntityManager,
  eventId: string,
  registrationIds: string[],
): Promise<void> {
  if (!registrationIds.length) return Promise.resolve();
  return enqueue(
    manager,
    JobName.SyncPickups,
    { eventId, registrationIds },
    { jobId: jobId(JobName.SyncPickups, registrationIds[0]!, randomUUID()), runAt: new Date() },
  );
}
