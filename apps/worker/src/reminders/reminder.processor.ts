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
  QUEUE_OF_JOB,
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
    const started = performance.now();
    const outcome = await this.planner.plan(job.data, (jobIds) => this.removeReminderJobs(jobIds));
    this.logger.log(
      `Plan ${job.id}: ${outcome.planned} planned, ${outcome.withdrawn} withdrawn in ${Math.round(performance.now() - started)} ms`,
    );
    return `${outcome.planned} planned, ${outcome.withdrawn} withdrawn`;
  }

  /**
   * Removes the delayed jobs of reminder times nobody is left for, so they do not wake a worker
   * for nothing. A job that is running cannot be removed; it finds nothing scheduled to send.
   */
  private async removeReminderJobs(jobIds: string[]): Promise<void> {
    const queue = this.queues.queue(QUEUE_OF_JOB[JobName.FireReminders]);
    await Promise.all(jobIds.map((id) => queue.remove(id).catch(() => 0)));
  }
}
