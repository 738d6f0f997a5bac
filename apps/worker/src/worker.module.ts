import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '#config/index.js';
import { CoreModule } from '#core/core.module.js';
import { DbModule } from '#db/index.js';
import { NotificationDeliveryModule } from '#core/notifications/index.js';
import { MailModule } from '#mail/index.js';
import { RedisModule } from '#queue/index.js';
import { NotificationProcessor } from './notifications/notification.processor.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { QueueProducerModule } from './queue-connections.js';
import { DigestJobs } from './reminders/digest-jobs.js';
import { ReminderProcessor } from './reminders/reminder.processor.js';

/** The worker: no HTTP server; queue processors and sweeps register here. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.logLevel } }),
    }),
    DbModule.forRoot('gofar-worker'),
    RedisModule,
    QueueProducerModule,
    MailModule,
    CoreModule,
    NotificationDeliveryModule,
  ],
  providers: [OutboxRelay, NotificationProcessor, ReminderProcessor, DigestJobs],
})
export class WorkerModule {}
