import { Injectable } from '@nestjs/common';
import type { User } from '../accounts/index.js';
import type { Page } from '../common/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { NotificationKind, NotificationStatus } from './notification-kind.js';
import type { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';

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
    private readonly access: EventAccessService,
    private readonly notifications: NotificationRepository,
  ) {}

  async listForEvent(
    actor: User,
    eventId: string,
    filter: NotificationListFilter,
  ): Promise<Page<NotificationListEntry>> {
    await this.access.forTeam(actor, eventId);
    return this.notifications.pageForEvent(eventId, filter);
  }
}
