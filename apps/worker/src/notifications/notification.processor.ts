import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import { AppConfig } from '#config/index.js';
import { DeliveryRefusedError, DeliveryService } from '#core/notifications/index.js';
import { ReminderFanOutService } from '#core/reminders/index.js';
import type { JobPayloads } from '#core/jobs/index.js';
import { JobName, JobQueues, QueueName } from '#queue/index.js';
import { jobDispatcher } from '../job-dispatcher.js';
import type { QueueHandlers } from '../job-handlers.js';
import { startQueueWorker } from '../queue-worker.js';

type DeliveryJob = Job<JobPayloads[JobName.DeliverNotification]>;
type FireJob = Job<JobPayloads[JobName.FireReminders]>;
type BatchJob = Job<JobPayloads[JobName.DeliverBatch]>;

/**
 * Consumes the notifications queue: a delivery job is one email, handed to the DeliveryService;
 * a reminder-time job queues the reminders still scheduled for that time, in batches, and a
 * batch job delivers them.
 */
@Injectable()
export class NotificationProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationProcessor.name);
  private worker: Worker | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly delivery: DeliveryService,
    private readonly fanOut: ReminderFanOutService,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = startQueueWorker(
      this.config,
      QueueName.Notifications,
      jobDispatcher(QueueName.Notifications, this.handlers, this.logger),
      {
        concurrency: this.config.workerConcurrency,
        logger: this.logger,
      },
    );
  }

  /** Active jobs finish; no new ones start. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  /** One handler per job name of the queue; checked again when the worker starts. */
  private readonly handlers = {
    [JobName.DeliverNotification]: (job) => this.deliver(job),
    [JobName.FireReminders]: (job) => this.fire(job),
    [JobName.DeliverBatch]: (job) => this.deliverBatch(job),
  } satisfies QueueHandlers<QueueName.Notifications>;

  private async fire(job: FireJob): Promise<string> {
    const batches = await this.fanOut.deliveriesDue(job.data);
    await this.queues.add(batches);
    this.logger.log(`Reminder time ${job.id}: ${batches.length} delivery batches queued`);
    return `${batches.length} batches queued`;
  }

  private async deliverBatch(job: BatchJob): Promise<string> {
    const isLast = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.delivery.deliverBatch(job.data.notificationIds, { isLast });
    const summary = `${outcome.sent} sent, ${outcome.skipped} skipped, ${outcome.failed} failed, ${outcome.retry} to retry`;
    this.logger.log(`Batch ${job.id}: ${summary}`);
    // BullMQ retries the batch with backoff; the rows already sent are not claimed again.
    if (outcome.retry) throw new Error(`${summary}; last error: ${outcome.lastError ?? 'none'}`);
    return summary;
  }

  private async deliver(job: DeliveryJob): Promise<string> {
    const isLast = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const outcome = await this.delivery.deliver(job.data.notificationId, { isLast });
      // One line per job; a skip says why (the notifications table keeps the same reason).
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
