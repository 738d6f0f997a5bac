import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import { JobQueues, createRedisConnection } from '#queue/index.js';

@Injectable()
class JobQueuesCloser implements OnApplicationShutdown {
  constructor(@Inject(JobQueues) private readonly queues: JobQueues) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }
}

/** The producer side of the queues (used by the outbox relay), on its own Redis connection. */
@Global()
@Module({
  providers: [
    {
      provide: JobQueues,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new JobQueues(
          createRedisConnection(config.redisUrl, { blocking: true, name: 'gofar-producer' }),
          config.queuePrefix,
        ),
    },
    JobQueuesCloser,
  ],
  exports: [JobQueues],
})
export class QueueProducerModule {}
