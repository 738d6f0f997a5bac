import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { eventCancelledEmail, staffEventCancelledEmail } from './event.emails.js';
import { EventRepository } from './event.repository.js';

/** The emails of events: a cancelled event, to its registrants and to its staff. */
@Injectable()
export class EventEmailComposer {
  constructor(
    private readonly events: EventRepository,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    event_cancelled: (notification, recipient) => this.cancelled(notification, recipient),
    staff_event_cancelled: (notification, recipient) => this.cancelled(notification, recipient),
  } satisfies KindComposers;

  private async cancelled(
    notification: Notification,
    recipient: Recipient,
  ): Promise<ComposedEmail> {
    const event = await this.events.findById(notification.subjectId);
    if (!event) return { reason: 'the event no longer exists' };
    const summary = eventSummary(event, this.config.publicUrl);
    return notification.kind === 'event_cancelled'
      ? eventCancelledEmail({ fullName: recipient.fullName, event: summary })
      : staffEventCancelledEmail({
          fullName: recipient.fullName,
          event: summary,
          cancelledRegistrations: Number(notification.data.cancelledRegistrations ?? 0),
        });
  }
}
