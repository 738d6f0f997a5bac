import type { LoggerService } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { QueueName } from '#queue/index.js';
import { assertHandlers, type QueueHandlers } from './job-handlers.js';

/**
 * The processing function of a queue's worker: checks the handlers once (a mismatch stops the
 * worker from starting), then hands each job to the handler of its name. A job whose name has
 * no handler (a producer newer than this worker, or a typo) fails at once without retries and
 * says so, rather than being taken for another job or passed over in silence.
 */
export function jobDispatcher<Q extends QueueName>(
  queue: Q,
  handlers: QueueHandlers<Q>,
  logger: Pick<LoggerService, 'error'>,
): (job: Job) => Promise<string> {
  const byName = handlers as unknown as Readonly<Record<string, (job: Job) => Promise<string>>>;
  assertHandlers(queue, Object.keys(byName));
  return async (job) => {
    const handler = Object.hasOwn(byName, job.name) ? byName[job.name] : undefined;
    if (!handler) {
      logger.error(`Job ${job.id} on the ${queue} queue has an unknown name: ${job.name}`);
      throw new UnrecoverableError(`No handler for job name ${job.name} on the ${queue} queue`);
    }
    return handler(job);
  };
}
