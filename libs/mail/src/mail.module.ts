import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import { Mailer } from './mailer.js';

@Injectable()
class MailerCloser implements OnApplicationShutdown {
  constructor(@Inject(Mailer) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    this.mailer.close();
  }
}

/** The pooled SMTP transport, for the worker. */
@Global()
@Module({
  providers: [
    {
      provide: Mailer,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new Mailer({
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          maxConnections: config.workerConcurrency,
          maxInFlight: config.workerConcurrency,
        }),
    },
    MailerCloser,
  ],
  exports: [Mailer],
})
export class MailModule {}
