import type { EntityManager } from 'typeorm';
import type { JobPayloads } from '../../../queue/src/job-payloads.js';
import { JobName, QUEUE_OF_JOB } from '../../../queue/src/queue-names.js';
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

/** Delivery jobs for many delivery-log rows at once, in one statement. */
export async function enqueueDeliveries(
  manager: EntityManager,
  deliveries: { notificationId: string; jobId: string; runAt: Date }[],
): Promise<void> {
  if (!deliveries.length) return;
  await manager.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
     SELECT $1, $2, d.job_id, jsonb_build_object('notificationId', d.id), d.run_at
       FROM unnest($3::text[], $4::uuid[], $5::timestamptz[]) AS d(job_id, id, run_at)`,
    [
      QUEUE_OF_JOB[JobName.DeliverNotification],
      JobName.DeliverNotification,
      deliveries.map((delivery) => delivery.jobId),
      deliveries.map((delivery) => delivery.notificationId),
      deliveries.map((delivery) => delivery.runAt),
    ],
  );
}
