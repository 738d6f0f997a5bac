import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import { AppConfig } from '../../../../libs/config/src/index.js';
import { ReminderPlanner } from '../../../../libs/core/src/reminders/reminder-planner.js';
import {
  JobName,
  JobQueues,
  QueueName,
  createRedisConnection,
  type JobPayloads,
} from '../../../../libs/queue/src/index.js';

type PlanJob = Job<JobPayloads[JobName.PlanReminders]>;

/** Plans run under a per-event lock; a few at once keep several events moving. */
const PLAN_CONCURRENCY = 4;

/** Consumes the reminders queue: each job re-plans one scope of an event's reminders. */
@Injectable()
export class ReminderProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReminderProcessor');
  private worker: Worker | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly planner: ReminderPlanner,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(QueueName.Reminders, (job: PlanJob) => this.process(job), {
      connection: createRedisConnection(this.config.redisUrl, {
        blocking: true,
        name: 'gofar-reminders',
      }),
      prefix: this.config.queuePrefix,
      concurrency: PLAN_CONCURRENCY,
      maxStalledCount: 10,
    });
    this.worker.on('failed', (job, error) => {
      if (job)
        this.logger.warn(`Plan ${job.id} attempt ${job.attemptsMade} failed: ${error.message}`);
    });
    this.worker.on('error', (error) => this.logger.error(`Queue error: ${error.message}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: PlanJob): Promise<string> {
    const outcome = await this.planner.plan(job.data, (jobIds) => this.removeDeliveries(jobIds));
    this.logger.log(`Plan ${job.id}: ${outcome.planned} planned, ${outcome.withdrawn} withdrawn`);
    return `${outcome.planned} planned, ${outcome.withdrawn} withdrawn`;
  }

  /**
   * Removes withdrawn reminders' delayed jobs so they do not wake a worker for nothing. A job
   * that is running cannot be removed; it finds its row `skipped` and sends nothing.
   */
  private async removeDeliveries(jobIds: string[]): Promise<void> {
    const queue = this.queues.queue(QueueName.Notifications);
    for (let start = 0; start < jobIds.length; start += 500) {
      await Promise.all(
        jobIds.slice(start, start + 500).map((id) => queue.remove(id).catch(() => 0)),
      );
    }
  }
}
