import type { Job } from 'bullmq';
import type { JobPayloads } from '#core/jobs/index.js';
import { JobName, QUEUE_OF_JOB, type JobsOf, type QueueName } from '#queue/index.js';

/** Runs one job; what it returns is the job's one-line outcome. */
export type JobHandler<J extends JobName> = (job: Job<JobPayloads[J]>) => Promise<string>;

/** A queue's handlers: one per job name of that queue, and none for another queue's jobs. */
export type QueueHandlers<Q extends QueueName> = { [J in JobsOf<Q>]: JobHandler<J> };

/**
 * What is wrong with a queue's handlers, checked at start-up: a job name of the queue (per
 * QUEUE_OF_JOB) without a handler, or a handler for a job of another queue or of no queue.
 * Empty when every job of the queue has exactly one handler and nothing else has one.
 */
export function handlerProblems(
  queue: QueueName,
  handled: readonly string[],
  queueOfJob: Readonly<Record<string, QueueName>> = QUEUE_OF_JOB,
): string[] {
  const problems: string[] = [];
  for (const [name, owner] of Object.entries(queueOfJob))
    if (owner === queue && !handled.includes(name)) problems.push(`no handler for job ${name}`);
  for (const name of handled) {
    const owner = Object.hasOwn(queueOfJob, name) ? queueOfJob[name] : undefined;
    if (!owner) problems.push(`a handler for ${name}, which is not a job name`);
    else if (owner !== queue)
      problems.push(`a handler for job ${name}, which belongs to the ${owner} queue`);
  }
  return problems;
}

/** Refuses to start a queue's worker whose handlers do not match its job names. */
export function assertHandlers(queue: QueueName, handled: readonly string[]): void {
  const problems = handlerProblems(queue, handled);
  if (problems.length)
    throw new Error(`The ${queue} queue’s worker cannot start: ${problems.join('; ')}`);
}
