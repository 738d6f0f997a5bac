import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import { EventRepository } from '../events/event.repository.js';
import { describeLocalTime } from '../itinerary/local-time.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { pickupAssignedEmail, pickupChangedEmail } from './pickup.emails.js';
import { PickupRepository } from './pickup.repository.js';

/**
 * The emails of airport pickups: a person assigned to one, and a meeting time that moved. Both
 * are written from the pickup as it is when they are sent, in the airport's local time, and
 * carry no one else's personal data (staff get a head count; the manifest is in the console).
 */
@Injectable()
export class PickupEmailComposer {
  constructor(
    private readonly pickups: PickupRepository,
    private readonly events: EventRepository,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    pickup_assigned: (notification, recipient) => this.compose(notification, recipient),
    pickup_changed: (notification, recipient) => this.compose(notification, recipient),
  } satisfies KindComposers;

  private async compose(notification: Notification, recipient: Recipient): Promise<ComposedEmail> {
    const pickup = await this.pickups.findById(notification.subjectId);
    if (!pickup) return { reason: 'the pickup was re-planned or no longer exists' };
    const event = await this.events.findById(pickup.eventId);
    if (!event || event.status === 'cancelled') return { reason: 'the event was cancelled' };
    const participants = await this.pickups.participantUserIds(this.pickups.manager, pickup.id);
    const asStaff = pickup.staffIds.includes(recipient.id);
    if (!asStaff && !participants.includes(recipient.id))
      return { reason: 'the recipient is no longer in this pickup' };
    const base = {
      fullName: recipient.fullName,
      event: eventSummary(event, this.config.publicUrl),
      airport: pickup.airport,
      meets: describeLocalTime(pickup.meetAt, pickup.timezone),
      note: pickup.note,
      asStaff,
      participantCount: participants.length,
    };
    if (notification.kind === 'pickup_assigned') return pickupAssignedEmail(base);
    const was = new Date(String(notification.data.oldMeetAt));
    if (was.getTime() === pickup.meetAt.getTime())
      return { reason: 'the meeting time was changed back' };
    return pickupChangedEmail({ ...base, was: describeLocalTime(was, pickup.timezone) });
  }
}
