import { Injectable } from '@nestjs/common';
import { Mailer } from '#mail/mailer.js';
import { classifySmtpFailure, describeSmtpFailure } from '#mail/smtp-failure.js';
import type { ReminderContext } from '../reminders/reminder-context.js';
import { ReminderContextRepository } from '../reminders/reminder-context.repository.js';
import { REMINDER_KINDS, type ReminderKind } from '../reminders/reminder-times.js';
import { DeliveryRefusedError } from './delivery.errors.js';
import { NotificationComposer } from './notification-composer.js';
import { messageIdFor } from './notification-key.js';
import { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import type { Recipient } from './recipient.js';
import { SentRecorder } from './sent-recorder.js';

interface Claimed {
  notification: Notification;
  recipient: Recipient | null;
}

export interface DeliveryAttempt {
  /** True when the queue will not try again after this attempt. */
  isLast: boolean;
}

export type DeliveryOutcome =
  { status: 'sent' } | { status: 'skipped'; reason: string } | { status: 'already-handled' };

export interface BatchOutcome {
  sent: number;
  skipped: number;
  failed: number;
  /** Deliveries to try again (a temporary failure, or another worker still holding them). */
  retry: number;
  lastError: string | null;
}

/**
 * A `sending` row untouched this long belongs to a worker that died (a job's lock lapses after
 * 15 s); a fresher one is being sent by a live worker and must not be taken from it.
 */
const ABANDONED_AFTER = '15 seconds';

/**
 * Sends notifications, each guarded by its `notifications` row: the row is marked `sending` before
 * the SMTP call and `sent` after, and a row that is `sent`, `failed` or `skipped` is never sent.
 */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly contexts: ReminderContextRepository,
    private readonly composer: NotificationComposer,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationRepository,
  ) {}

  /** The common ending: rows marked `sent` a group at a time. */
  private readonly sent = new SentRecorder((rows) => this.notifications.markSent(rows));

  /** One notification, one job: the job's id (its key) keeps two workers off the same row. */
  async deliver(notificationId: string, attempt: DeliveryAttempt): Promise<DeliveryOutcome> {
    // A row left `sending` by a worker that died mid-send may be claimed again: that is the one
    // case where a message can go out twice, with the same Message-ID.
    const [claimed] = await this.claim([notificationId], `status IN ('scheduled', 'sending')`);
    if (!claimed) return { status: 'already-handled' };
    return this.send(claimed, attempt);
  }

  /**
   * The reminders of one reminder time, a few dozen per job: claimed in one statement, their
   * context read in one query, sent side by side (the Mailer bounds sends per process), each
   * recorded as soon as the server accepts it. Batches can overlap (a re-run after a crash,
   * reconciliation), so a row another worker is sending right now is left to it.
   */
  async deliverBatch(notificationIds: string[], attempt: DeliveryAttempt): Promise<BatchOutcome> {
    const claimed = await this.claim(
      notificationIds,
      `(status = 'scheduled' OR (status = 'sending' AND updated_at < now() - interval '${ABANDONED_AFTER}'))`,
    );
    const contexts = await this.reminderContexts(claimed);
    const outcome: BatchOutcome = { sent: 0, skipped: 0, failed: 0, retry: 0, lastError: null };
    await Promise.all(
      claimed.map(async (delivery) => {
        try {
          const isReminder = (REMINDER_KINDS as readonly string[]).includes(
            delivery.notification.kind,
          );
          const result = await this.send(
            delivery,
            attempt,
            isReminder ? (contexts.get(delivery.notification.id) ?? null) : undefined,
          );
          if (result.status === 'sent') outcome.sent += 1;
          else if (result.status === 'skipped') outcome.skipped += 1;
        } catch (error) {
          outcome.lastError = (error as Error).message;
          if (error instanceof DeliveryRefusedError || attempt.isLast) outcome.failed += 1;
          else outcome.retry += 1;
        }
      }),
    );
    if (claimed.length < notificationIds.length && !attempt.isLast) {
      outcome.retry += await this.notifications.countSendingExcept(
        notificationIds,
        claimed.map((delivery) => delivery.notification.id),
      );
    }
    return outcome;
  }

  private async send(
    { notification, recipient }: Claimed,
    attempt: DeliveryAttempt,
    reminder?: ReminderContext | null,
  ): Promise<DeliveryOutcome> {
    const composition = await this.composer.compose(notification, recipient, reminder);
    if (!composition.send) {
      await this.record(notification.id, { status: 'skipped', reason: composition.reason });
      return { status: 'skipped', reason: composition.reason };
    }

    let accepted = false;
    try {
      await this.mailer.send(
        {
          ...composition.content,
          to: composition.to,
          messageId: messageIdFor(notification, this.mailer.domain),
        },
        () => {
          accepted = true;
          return this.sent.record({
            notificationId: notification.id,
            address: composition.to.address,
          });
        },
      );
    } catch (error) {
      // The server took it and only the log write failed: the queue tries again, and the row
      // (still `sending`) may be sent once more, with the same Message-ID.
      if (accepted) throw error;
      const reply = describeSmtpFailure(error);
      if (classifySmtpFailure(error) === 'permanent') {
        await this.record(notification.id, {
          status: 'failed',
          recipientEmail: composition.to.address,
          lastError: reply,
          reason: 'the mail server refused the message',
        });
        throw new DeliveryRefusedError(reply);
      }
      await this.record(
        notification.id,
        attempt.isLast
          ? {
              status: 'failed',
              recipientEmail: composition.to.address,
              lastError: reply,
              reason: `gave up after ${notification.attempts} attempts`,
            }
          : { status: 'scheduled', recipientEmail: composition.to.address, lastError: reply },
      );
      throw error;
    }

    return { status: 'sent' };
  }

  /** Marks the rows `sending` and counts the attempt, and reads their recipients, in one round trip. */
  private async claim(ids: string[], claimable: string): Promise<Claimed[]> {
    const rows = await this.notifications.claim(ids, claimable);
    return rows.map((row) => ({
      notification: Object.assign(new Notification(), {
        id: row.id,
        kind: row.kind,
        subjectId: row.subject_id,
        recipientId: row.recipient_id,
        fireAt: new Date(row.fire_at),
        eventId: row.event_id,
        data: row.data,
        status: 'sending',
        attempts: row.attempts,
      }),
      recipient:
        row.email === null
          ? null
          : { id: row.recipient_id, email: row.email, fullName: row.full_name! },
    }));
  }

  /** Reminder contexts for a batch: one query per reminder time in it (usually one). */
  private async reminderContexts(claimed: Claimed[]): Promise<Map<string, ReminderContext>> {
    const groups = new Map<string, Claimed[]>();
    for (const delivery of claimed) {
      const { kind, eventId, subjectId } = delivery.notification;
      if (!eventId || !(REMINDER_KINDS as readonly string[]).includes(kind)) continue;
      const key = `${kind}|${eventId}|${subjectId}`;
      groups.set(key, [...(groups.get(key) ?? []), delivery]);
    }
    const byNotification = new Map<string, ReminderContext>();
    for (const deliveries of groups.values()) {
      const { kind, eventId, subjectId } = deliveries[0]!.notification;
      const contexts = await this.contexts.read(
        kind as ReminderKind,
        eventId!,
        subjectId,
        deliveries.map((delivery) => delivery.notification.recipientId),
      );
      for (const delivery of deliveries) {
        const context = contexts.get(delivery.notification.recipientId);
        if (context) byNotification.set(delivery.notification.id, context);
      }
    }
    return byNotification;
  }

  private async record(notificationId: string, change: Partial<Notification>): Promise<void> {
    await this.notifications.update(notificationId, change);
  }
}
