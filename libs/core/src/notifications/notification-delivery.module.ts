import { Module } from '@nestjs/common';
import { DeliveryService } from './delivery.service.js';
import { NotificationComposer } from './notification-composer.js';

/** Sending notifications: for the worker, which also provides the Mailer (MailModule). */
@Module({
  providers: [NotificationComposer, DeliveryService],
  exports: [DeliveryService],
})
export class NotificationDeliveryModule {}
