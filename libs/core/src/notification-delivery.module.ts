import { Module } from '@nestjs/common';
import { CoreModule } from './core.module.js';
import { EMAIL_COMPOSERS, notificationComposersProvider } from './notification-composers.js';
import { DeliveryService } from './notifications/delivery.service.js';
import { NotificationComposer } from './notifications/notification-composer.js';

/**
 * Sending notifications: for the worker, which also provides the Mailer (MailModule). Beside
 * CoreModule rather than in notifications/, because it wires every feature's email composers.
 */
@Module({
  imports: [CoreModule],
  providers: [
    ...EMAIL_COMPOSERS,
    notificationComposersProvider,
    NotificationComposer,
    DeliveryService,
  ],
  exports: [DeliveryService],
})
export class NotificationDeliveryModule {}
