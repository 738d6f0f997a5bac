import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { jobId } from '#queue/job-id.js';
import { JobName } from '#queue/queue-names.js';
import { enqueue } from '../notifications/outbox.js';

/**
 * Asks the worker to take registrations out of their teams, in the transaction of the change that
 * ended its confirmation: the registrations feature does not write the teams feature's tables.
 * The worker re-reads the registration, so a request that no longer applies does nothing.
 */
export function requestTeamLeave(manager: EntityManager, registrationIds: string[]): Promise<void> {
  if (!registrationIds.length) return Promise.resolve();
  return enqueue(
    manager,
    JobName.LeaveTeams,
    { registrationIds },
    { jobId: jobId(JobName.LeaveTeams, registrationIds[0]!, randomUUID()), runAt: new Date() },
  );
}
