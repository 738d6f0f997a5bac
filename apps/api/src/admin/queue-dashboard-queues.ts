import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '#config/index.js';
import { DEFAULT_JOB_OPTIONS, QueueName, createRedisConnection } from '#queue/index.js';

/**
 * The Queue objects the dashboard reads (every QueueName, under QUEUE_PREFIX), on a Redis
 * connection of their own so the dashboard cannot hold up the request path's connection.
 * Closed when the application shuts down.
 */
@Injectable()
export class QueueDashboardQueues implements OnApplicationShutdown {
  private readonly connection: Redis;
  readonly all: Queue[];

  constructor(config: AppConfig) {
    this.connection = createRedisConnection(config.redisUrl, { name: 'gofar-queue-dashboard' });
    this.all = Object.values(QueueName).map(
      (name) =>
        new Queue(name, {
          connection: this.connection,
          prefix: config.queuePrefix,
          // Jobs added or retried from the dashboard behave like the ones the relay adds.
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.all.map((queue) => queue.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
