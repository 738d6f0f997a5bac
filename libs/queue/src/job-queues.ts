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

  /**
   * Adds jobs like `add`, then makes sure each is really queued. Redis can lose some keys of a
   * job and keep others (a partial wipe, eviction under memory pressure): a job hash left
   * behind without its place in a list makes every later add with that id a silent no-op, so
   * the job would never run. Such an orphan is removed and added again. Returns how many were
   * repaired.
   */
  async ensure(jobs: QueuedJob[], now = Date.now()): Promise<number> {
    await this.add(jobs, now);
    const orphans: QueuedJob[] = [];
    await Promise.all(
      jobs.map(async (job) => {
        const queue = this.queue(QUEUE_OF_JOB[job.name]);
        if ((await queue.getJobState(job.jobId)) !== 'unknown') return;
        if (await queue.remove(job.jobId).catch(() => 0)) orphans.push(job);
      }),
    );
    await this.add(orphans, now);
    return orphans.length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
