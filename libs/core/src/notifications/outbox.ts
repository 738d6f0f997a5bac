import type { EntityManager } from 'typeorm';
import type { JobPayloads } from '../jobs/job-payloads.js';
import { JobName, QUEUE_OF_JOB } from '#queue/queue-names.js';
import { OutboxMessage } from './outbox-message.entity.js';

/**
 * The one typed way to enqueue a job: it is written to the outbox with the caller's
 * transaction, and reaches BullMQ only if that transaction commits.
 */
export async function enqueue<N extends JobName>(
  manager: EntityManager,
  name: N,
  payload: JobPayloads[N],
  options: { jobId: string; runAt: Date },
): Promise<void> {
  await manager.insert(OutboxMessage, {
    queue: QUEUE_OF_JOB[name],
    jobName: name,
    jobId: options.jobId,
    payload: payload as never,
    runAt: options.runAt,
  });
}

/** Several jobs of one name at once, in one statement. */
export async function enqueueMany<N extends JobName>(
  manager: EntityManager,
  name: N,
  jobs: { payload: JobPayloads[N]; jobId: string; runAt: Date }[],
): Promise<void> {
  if (!jobs.length) return;
  await manager.insert(
    OutboxMessage,
    jobs.map((job) => ({
      queue: QUEUE_OF_JOB[name],
      jobName: name,
      jobId: job.jobId,
      payload: job.payload as never,
      runAt: job.runAt,
    })),
  );
}
