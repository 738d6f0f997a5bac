import { Module } from '@nestjs/common';
import { CoreModule } from '../core.module.js';
import { ReminderComposer } from '../reminders/reminder-composer.js';
import { DeliveryService } from './delivery.service.js';
import { NotificationComposer } from './notification-composer.js';

/** Sending notifications: for the worker, which also provides the Mailer (MailModule). */
@Module({
  imports: [CoreModule],
  providers: [NotificationComposer, ReminderComposer, DeliveryService],
  exports: [DeliveryService],
})
export class NotificationDeliveryModule {}
