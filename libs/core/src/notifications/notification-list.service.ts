import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUUID } from 'class-validator';
import type { User } from '../accounts/index.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { NotificationKind, NotificationStatus } from './notification-kind.js';
import { Notification } from './notification.entity.js';

export interface NotificationListFilter {
  status?: NotificationStatus;
  kind?: NotificationKind;
  /** An email address or a user id. */
  recipient?: string;
  limit?: number;
  cursor?: string;
}

export interface NotificationListEntry {
  notification: Notification;
  recipientEmail: string;
}

/**
 * The notifications of one event (the contract's delivery log), for its organizers and staff,
 * in order of fire time.
 */
@Injectable()
export class NotificationListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
  ) {}

  async listForEvent(
    actor: User,
    eventId: string,
    filter: NotificationListFilter,
  ): Promise<Page<NotificationListEntry>> {
    await this.access.forTeam(actor, eventId);
    const limit = pageSize(filter);
    const query = this.dataSource.manager
      .createQueryBuilder(Notification, 'n')
      .innerJoin('users', 'u', 'u.id = n.recipient_id')
      .addSelect('u.email', 'u_email')
      .where('n.eventId = :eventId', { eventId })
      .orderBy('n.fireAt', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .take(limit + 1);
    if (filter.status) query.andWhere('n.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.recipient) {
      if (isUUID(filter.recipient))
        query.andWhere('n.recipientId = :recipient', { recipient: filter.recipient });
      else
        query.andWhere('u.email = :recipient', {
          recipient: filter.recipient.trim().toLowerCase(),
        });
    }
    if (filter.cursor) {
      const after = decodeCursor(filter.cursor, 'instant');
      query.andWhere('(n.fireAt, n.id) > (:afterKey::timestamptz, :afterId::uuid)', {
        afterKey: after.key,
        afterId: after.id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ u_email: string }>();
    const rows = entities.map((notification, index) => ({
      notification,
      recipientEmail: raw[index]!.u_email,
    }));
    return toPage(rows, limit, (row) => ({
      key: row.notification.fireAt.toISOString(),
      id: row.notification.id,
    }));
  }
}
