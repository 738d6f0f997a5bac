import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { Compose, ComposedEmail, KindComposers } from '../notifications/compose.js';
import { eventSummary, type EventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import {
  registrationCancelledEmail,
  registrationConfirmedEmail,
  registrationPromotedEmail,
  registrationReceivedEmail,
  registrationRejectedEmail,
  registrationWaitlistedEmail,
  staffCancellationEmail,
  staffRegistrationEmail,
} from './registration.emails.js';
import type { Registration } from './registration.entity.js';
import { RegistrationRepository } from './registration.repository.js';

/** What a registration email is written from: the registration as it is now, with its event and person. */
interface Written {
  notification: Notification;
  fullName: string;
  registration: Registration;
  event: EventSummary;
}

/**
 * The emails of registrations, to the participant and to the event's staff. Each reads the
 * registration as it is now; none carries medical or emergency data.
 */
@Injectable()
export class RegistrationEmailComposer {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    registration_received: this.write(({ fullName, event }) =>
      registrationReceivedEmail({ fullName, event }),
    ),
    registration_confirmed: this.write(({ fullName, event }) =>
      registrationConfirmedEmail({ fullName, event }),
    ),
    registration_waitlisted: this.write(async ({ fullName, event, registration }) => {
      if (registration.status !== 'waitlisted')
        return { reason: `no longer on the waiting list (now ${registration.status})` };
      const position = await this.waitlistPosition(registration);
      return registrationWaitlistedEmail({ fullName, event, position });
    }),
    registration_promoted: this.write(({ fullName, event }) =>
      registrationPromotedEmail({ fullName, event }),
    ),
    registration_rejected: this.write(({ fullName, event, notification }) =>
      registrationRejectedEmail({
        fullName,
        event,
        reason: typeof notification.data.reason === 'string' ? notification.data.reason : null,
      }),
    ),
    registration_cancelled: this.write(({ fullName, event, notification }) =>
      registrationCancelledEmail({
        fullName,
        event,
        byOrganizer: notification.data.cancelledBy === 'organizer',
      }),
    ),
    staff_registration: this.write((written) =>
      staffRegistrationEmail({ ...staffDetails(written), status: written.registration.status }),
    ),
    staff_cancellation: this.write((written) => staffCancellationEmail(staffDetails(written))),
  } satisfies KindComposers;

  /** A composer that reads the registration first, and skips when it is gone. */
  private write(email: (written: Written) => ComposedEmail | Promise<ComposedEmail>): Compose {
    return async (notification, recipient) => {
      const registration = await this.registrations.findWithEventAndUser(notification.subjectId);
      if (!registration?.event || !registration.user)
        return { reason: 'the registration no longer exists' };
      return email({
        notification,
        fullName: recipient.fullName,
        registration,
        event: eventSummary(registration.event, this.config.publicUrl),
      });
    };
  }

  private async waitlistPosition(registration: Registration): Promise<number> {
    return this.registrations.waitlistPositionOf(registration);
  }
}

/**
 * What the staff learn of a registration: who, from where, and how full the event is (its
 * event and user were read with it).
 */
function staffDetails({ fullName, event, registration }: Written) {
  return {
    fullName,
    event,
    participant: registration.user!.fullName,
    nationality: registration.nationality,
    seatsTaken: registration.event!.seatsTaken,
    capacity: registration.event!.capacity,
  };
}
