import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Mailer } from '../../../mail/src/mailer.js';
import { classifySmtpFailure, describeSmtpFailure } from '../../../mail/src/smtp-failure.js';
import { DeliveryRefusedError } from './delivery.errors.js';
import { NotificationComposer } from './notification-composer.js';
import { messageIdFor } from './notification-key.js';
import { Notification } from './notification.entity.js';

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
    const notification = await this.claim(notificationId);
    if (!notification) return { status: 'already-handled' };

    const composition = await this.composer.compose(notification);
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

    await this.record(notificationId, {
      status: 'sent',
      sentAt: new Date(),
      recipientEmail: composition.to.address,
      lastError: null,
    });
    return { status: 'sent' };
  }

  /**
   * Marks the row `sending` and counts the attempt, unless it is finished already. A row left
   * `sending` by a worker that died mid-send may be claimed again: that is the one case where
   * a message can go out twice, with the same Message-ID.
   */
  private async claim(notificationId: string): Promise<Notification | null> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ status: 'sending', attempts: () => 'attempts + 1' })
      .where('id = :id AND status IN (:...open)', {
        id: notificationId,
        open: ['scheduled', 'sending'],
      })
      .execute();
    if (!result.affected) return null;
    return this.dataSource.manager.findOneBy(Notification, { id: notificationId });
  }

  private async record(notificationId: string, change: Partial<Notification>): Promise<void> {
    await this.dataSource.manager.update(Notification, { id: notificationId }, change);
  }
}
