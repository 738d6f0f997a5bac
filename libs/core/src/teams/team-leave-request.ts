import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { jobId } from '#queue/job-id.js';
import { JobName } from '#queue/queue-names.js';
import { enqueue } from '../notifications/outbox.js';

/**
 * Asks the worker to take a registration out of its team, in the transaction of the change that
 * ended its confirmation: the registrations feature does not write the teams feature's tables.
 * The worker re-reads the registration, so a request that no longer applies does nothing.
 */
export function requestTeamLeave(manager: EntityManager, registrationId: string): Promise<void> {
  return enqueue(
    manager,
    JobName.LeaveTeams,
    { registrationId },
    { jobId: jobId(JobName.LeaveTeams, registrationId, randomUUID()), runAt: new Date() },
  );
}
