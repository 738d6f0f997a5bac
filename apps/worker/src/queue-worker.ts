import type { Logger } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { AppConfig } from '../../../libs/config/src/index.js';
import { createRedisConnection, type QueueName } from '../../../libs/queue/src/index.js';

/**
 * A BullMQ worker on its own blocking connection, with the settings every Gofar queue shares:
 * a worker killed mid-job leaves it stalled, and it is picked up again rather than failed, soon
 * (a job's lock lapses after 15 s; workers look for lapsed ones every 5 s). Failures are logged.
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
    if (job)
      options.logger.warn(`Job ${job.id} attempt ${job.attemptsMade} failed: ${error.message}`);
  });
  worker.on('error', (error) => options.logger.error(`Queue error: ${error.message}`));
  return worker;
}
