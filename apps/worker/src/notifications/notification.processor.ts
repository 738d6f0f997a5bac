import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { AppConfig } from '../../../../libs/config/src/index.js';
import { DeliveryRefusedError } from '../../../../libs/core/src/notifications/delivery.errors.js';
import { DeliveryService } from '../../../../libs/core/src/notifications/delivery.service.js';
import {
  JobName,
  QueueName,
  createRedisConnection,
  type JobPayloads,
} from '../../../../libs/queue/src/index.js';

type DeliveryJob = Job<JobPayloads[JobName.DeliverNotification]>;

/** Consumes the notifications queue: each job is one email, handed to the DeliveryService. */
@Injectable()
export class NotificationProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationProcessor');
  private worker: Worker | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly delivery: DeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(QueueName.Notifications, (job: DeliveryJob) => this.process(job), {
      connection: createRedisConnection(this.config.redisUrl, {
        blocking: true,
        name: 'gofar-worker',
      }),
      prefix: this.config.queuePrefix,
      concurrency: this.config.workerConcurrency,
      // A worker killed mid-job leaves it stalled; let it be picked up again rather than failed.
      maxStalledCount: 10,
    });
    this.worker.on('failed', (job, error) => {
      if (job)
        this.logger.warn(`Delivery ${job.id} attempt ${job.attemptsMade} failed: ${error.message}`);
    });
    this.worker.on('error', (error) => this.logger.error(`Queue error: ${error.message}`));
  }

  /** Active jobs finish; no new ones start. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: DeliveryJob): Promise<string> {
    const isLast = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const outcome = await this.delivery.deliver(job.data.notificationId, { isLast });
      // One line per job; a skip says why (the delivery log keeps the same reason).
      this.logger.log(
        `Delivery ${job.id} ${outcome.status}${outcome.status === 'skipped' ? `: ${outcome.reason}` : ''}`,
      );
      return outcome.status;
    } catch (error) {
      // A 5xx refusal is final: tell BullMQ not to retry.
      if (error instanceof DeliveryRefusedError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
