import type { Logger } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { AppConfig } from '#config/index.js';
import { errorSummary } from '#db/log-safe-error.js';
import { createRedisConnection, type QueueName } from '#queue/index.js';

/**
 * A BullMQ worker on its own blocking connection, with the settings every Gofar queue shares:
 * a worker killed mid-job leaves it stalled, and it is picked up again rather than failed, soon
 * (a job's lock lapses after 15 s; workers look for lapsed ones every 5 s). Failures are logged
 * with the job's id and event, the error's type, code and masked message: never its data.
 */
export function startQueueWorker(
  config: AppConfig,
  queue: QueueName,
  process: (job: Job) => Promise<string>,
  options: { concurrency: number; logger: Logger },
): Worker {
  const worker = new Worker(queue, process, {
    connection: createRedisConnection(config.redisUrl, { blocking: true, name: `gofar-${queue}` }),
    prefix: config.queuePrefix,
    concurrency: options.concurrency,
    maxStalledCount: 10,
    lockDuration: 15_000,
    stalledInterval: 5_000,
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const eventId = (job.data as { eventId?: unknown } | undefined)?.eventId;
    options.logger.warn(
      `Job ${job.name} ${job.id}${typeof eventId === 'string' ? ` of event ${eventId}` : ''} attempt ${job.attemptsMade} failed: ${errorSummary(error)}`,
    );
  });
  worker.on('error', (error) => options.logger.error(`Queue error: ${errorSummary(error)}`));
  return worker;
}
