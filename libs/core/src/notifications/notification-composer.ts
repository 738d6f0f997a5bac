import { Inject, Injectable } from '@nestjs/common';
import type { ReminderContext } from '../reminders/reminder-context.js';
import { NOTIFICATION_COMPOSERS, type NotificationComposers } from './compose.js';
import type { Notification } from './notification.entity.js';
import type { Recipient } from './recipient.js';
import type { MailContent } from '#mail/mail-message.js';

/** What to send, or why nothing should be sent any more. */
export type Composition =
  | { send: true; to: { name: string; address: string }; content: MailContent }
  | { send: false; reason: string };

const skip = (reason: string): Composition => ({ send: false, reason });

/**
 * Builds an email from the current state in PostgreSQL, and decides when what it announces no
 * longer applies, with the composer of the notification's kind: the features own their emails,
 * and every kind has a composer (see notification-composers.ts).
 */
@Injectable()
export class NotificationComposer {
  constructor(@Inject(NOTIFICATION_COMPOSERS) private readonly composers: NotificationComposers) {}

  /**
   * `recipient` is the account as read with the notification (null when it is gone);
   * `reminder` the reminder's context when the caller read it for a batch.
   */
  async compose(
    notification: Notification,
    recipient: Recipient | null,
    reminder?: ReminderContext | null,
  ): Promise<Composition> {
    if (!recipient) return skip('the recipient’s account no longer exists');
    const to = { name: recipient.fullName, address: recipient.email };
    const content = await this.composers[notification.kind](notification, recipient, reminder);
    return 'reason' in content ? skip(content.reason) : { send: true, to, content };
  }
}
