import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Mailer } from '../../../mail/src/mailer.js';
import { classifySmtpFailure, describeSmtpFailure } from '../../../mail/src/smtp-failure.js';
import { DeliveryRefusedError } from './delivery.errors.js';
import { NotificationComposer } from './notification-composer.js';
import { messageIdFor } from './notification-key.js';
import { Notification } from './notification.entity.js';
import type { Recipient } from './recipient.js';

interface ClaimedRow {
  id: string;
  kind: Notification['kind'];
  subject_id: string;
  recipient_id: string;
  fire_at: Date;
  event_id: string | null;
  data: Notification['data'];
  attempts: number;
  email: string | null;
  full_name: string | null;
}

export interface DeliveryAttempt {
  /** True when the queue will not try again after this attempt. */
  isLast: boolean;
}

export type DeliveryOutcome =
  { status: 'sent' } | { status: 'skipped'; reason: string } | { status: 'already-handled' };

/**
 * Sends one notification, guarded by its delivery-log row: the row is marked `sending` before
 * the SMTP call and `sent` after, and a row that is `sent`, `failed` or `skipped` is never sent.
 */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: NotificationComposer,
    private readonly mailer: Mailer,
  ) {}

  async deliver(notificationId: string, attempt: DeliveryAttempt): Promise<DeliveryOutcome> {
    const claimed = await this.claim(notificationId);
    if (!claimed) return { status: 'already-handled' };
    const { notification, recipient } = claimed;

    const composition = await this.composer.compose(notification, recipient);
    if (!composition.send) {
      await this.record(notificationId, { status: 'skipped', reason: composition.reason });
      return { status: 'skipped', reason: composition.reason };
    }

    try {
      await this.mailer.send({
        ...composition.content,
        to: composition.to,
        messageId: messageIdFor(notification, this.mailer.domain),
      });
    } catch (error) {
      const reply = describeSmtpFailure(error);
      if (classifySmtpFailure(error) === 'permanent') {
        await this.record(notificationId, {
          status: 'failed',
          recipientEmail: composition.to.address,
          lastError: reply,
          reason: 'the mail server refused the message',
        });
        throw new DeliveryRefusedError(reply);
      }
      await this.record(
        notificationId,
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

    await this.recordSent(notificationId, composition.to.address);
    return { status: 'sent' };
  }

  /**
   * Marks the row `sending` and counts the attempt, unless it is finished already, and reads
   * its recipient, in one round trip. A row left `sending` by a worker that died mid-send may
   * be claimed again: that is the one case where a message can go out twice, with the same
   * Message-ID.
   */
  private async claim(
    notificationId: string,
  ): Promise<{ notification: Notification; recipient: Recipient | null } | null> {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
          WHERE id = $1 AND status IN ('scheduled', 'sending')
          RETURNING id, kind, subject_id, recipient_id, fire_at, event_id, data, attempts
       )
       SELECT claimed.*, u.email, u.full_name FROM claimed LEFT JOIN users u ON u.id = claimed.recipient_id`,
      [notificationId],
    );
    const row = rows[0];
    if (!row) return null;
    const notification = Object.assign(new Notification(), {
      id: row.id,
      kind: row.kind,
      subjectId: row.subject_id,
      recipientId: row.recipient_id,
      fireAt: new Date(row.fire_at),
      eventId: row.event_id,
      data: row.data,
      status: 'sending',
      attempts: row.attempts,
    });
    const recipient =
      row.email === null
        ? null
        : { id: row.recipient_id, email: row.email, fullName: row.full_name! };
    return { notification, recipient };
  }

  /** The common ending, in one statement. */
  private async recordSent(notificationId: string, address: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), recipient_email = $2, last_error = NULL, updated_at = now()
        WHERE id = $1`,
      [notificationId, address],
    );
  }

  private async record(notificationId: string, change: Partial<Notification>): Promise<void> {
    await this.dataSource.manager.update(Notification, { id: notificationId }, change);
  }
}
