import type { MailContent } from '#mail/mail-message.js';
import type { ReminderContext } from '../reminders/reminder-context.js';
import type { NotificationKind } from './notification-kind.js';
import type { Notification } from './notification.entity.js';
import type { Recipient } from './recipient.js';

/** An email's content, or why what it announces no longer applies. */
export type ComposedEmail = MailContent | { reason: string };

/**
 * Writes the email of one notification from the current state in PostgreSQL (payloads carry
 * ids only). `known` is the reminder's context when the caller read it for a whole batch.
 */
export type Compose = (
  notification: Notification,
  recipient: Recipient,
  known?: ReminderContext | null,
) => Promise<ComposedEmail>;

/** A feature's composers, keyed by the kinds it owns (literal keys, so the whole can be checked). */
export type KindComposers = Partial<Record<NotificationKind, Compose>>;

/** Every kind's composer: a kind without one does not compile. */
export type NotificationComposers = Record<NotificationKind, Compose>;

/** The injection token of the NotificationComposers, assembled outside notifications/. */
export const NOTIFICATION_COMPOSERS = Symbol('NOTIFICATION_COMPOSERS');
