import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobName, QUEUE_OF_JOB, QueueName } from './queue-names.js';
import { DEFAULT_JOB_OPTIONS, JOB_OPTIONS } from './queue-settings.js';

/** A job on its way to BullMQ (what the outbox holds). */
export interface QueuedJob {
  name: JobName;
  jobId: string;
  payload: object;
  /** When it should run; in the past or now means at once. */
  runAt: Date;
}

/**
 * The producer side of every queue, for the outbox relay: adds jobs with their deterministic
 * ids under QUEUE_PREFIX.
 */
export class JobQueues {
  private readonly queues: Map<QueueName, Queue>;

  constructor(connection: Redis, prefix: string) {
    this.queues = new Map(
      Object.values(QueueName).map((name) => [
        name,
        new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
      ]),
    );
  }

  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  async add(jobs: QueuedJob[], now = Date.now()): Promise<void> {
    const byQueue = new Map<QueueName, QueuedJob[]>();
    for (const job of jobs) {
      const queue = QUEUE_OF_JOB[job.name];
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
    }
    for (const [queue, queued] of byQueue) {
      await this.queue(queue).addBulk(
        queued.map((job) => ({
          name: job.name,
          data: job.payload,
          opts: {
            ...JOB_OPTIONS[job.name],
            jobId: job.jobId,
            delay: Math.max(0, job.runAt.getTime() - now),
          },
        })),
      );
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
