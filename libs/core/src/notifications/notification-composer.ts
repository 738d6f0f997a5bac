import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#config/index.js';
import type { MailContent } from '#mail/mail-message.js';
import { membershipEmail } from '../organizations/membership.emails.js';
import { welcomeEmail } from '../accounts/account.emails.js';
import { eventCancelledEmail, staffEventCancelledEmail } from '../events/event.emails.js';
import {
  registrationCancelledEmail,
  registrationConfirmedEmail,
  registrationPromotedEmail,
  registrationReceivedEmail,
  registrationRejectedEmail,
  registrationWaitlistedEmail,
  staffCancellationEmail,
  staffRegistrationEmail,
} from '../registrations/registration.emails.js';
import { Event } from '../events/event.entity.js';
import { describeLocalTime } from '../itinerary/local-time.js';
import { Session } from '../itinerary/session.entity.js';
import { Submission } from '../teams/submission.entity.js';
import { staffSubmissionEmail, submissionScoredEmail } from '../teams/mission.emails.js';
import { sessionCancelledEmail, sessionChangedEmail } from '../itinerary/session.emails.js';
import { Registration } from '../registrations/registration.entity.js';
import { User } from '../accounts/user.entity.js';
import type { Recipient } from './recipient.js';
import { Membership } from '../organizations/membership.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Notification } from './notification.entity.js';
import { eventSummary, type EventSummary } from './event-summary.js';
import { ReminderComposer } from '../reminders/reminder-composer.js';
import type { ReminderContext } from '../reminders/reminder-context.js';
import { StaffDigestService } from '../digests/staff-digest.service.js';

/** What to send, or why nothing should be sent any more. */
export type Composition =
  | { send: true; to: { name: string; address: string }; content: MailContent }
  | { send: false; reason: string };

const skip = (reason: string): Composition => ({ send: false, reason });

/**
 * Builds an email from the current state in PostgreSQL (payloads carry ids only), and decides
 * when what it announces no longer applies.
 */
@Injectable()
export class NotificationComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reminders: ReminderComposer,
    private readonly digests: StaffDigestService,
  ) {}

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
    const content =
      reminder !== undefined
        ? await this.reminders.content(notification, recipient, reminder)
        : await this.content(notification, recipient);
    return 'reason' in content ? skip(content.reason) : { send: true, to, content };
  }

  /** Registration emails read the registration as it is now; none carries medical or emergency data. */
  private async registrationContent(
    notification: Notification,
    recipient: Recipient,
  ): Promise<MailContent | { reason: string }> {
    const registration = await this.dataSource.manager.findOne(Registration, {
      where: { id: notification.subjectId },
      relations: { event: true, user: true },
    });
    if (!registration?.event || !registration.user)
      return { reason: 'the registration no longer exists' };
    const event = this.summary(registration.event);
    const fullName = recipient.fullName;
    switch (notification.kind) {
      case 'registration_received':
        return registrationReceivedEmail({ fullName, event });
      case 'registration_confirmed':
        return registrationConfirmedEmail({ fullName, event });
      case 'registration_waitlisted': {
        if (registration.status !== 'waitlisted')
          return { reason: `no longer on the waiting list (now ${registration.status})` };
        const position = await this.waitlistPosition(registration);
        return registrationWaitlistedEmail({ fullName, event, position });
      }
      case 'registration_promoted':
        return registrationPromotedEmail({ fullName, event });
      case 'registration_rejected':
        return registrationRejectedEmail({
          fullName,
          event,
          reason: typeof notification.data.reason === 'string' ? notification.data.reason : null,
        });
      case 'registration_cancelled':
        return registrationCancelledEmail({
          fullName,
          event,
          byOrganizer: notification.data.cancelledBy === 'organizer',
        });
      case 'staff_registration':
      case 'staff_cancellation': {
        const details = {
          fullName,
          event,
          participant: registration.user.fullName,
          nationality: registration.nationality,
          seatsTaken: registration.event.seatsTaken,
          capacity: registration.event.capacity,
        };
        return notification.kind === 'staff_registration'
          ? staffRegistrationEmail({ ...details, status: registration.status })
          : staffCancellationEmail(details);
      }
      default:
        return { reason: `not a registration email: ${notification.kind}` };
    }
  }

  /** Session emails state local times with zone and offset; the old times travel in the notification's data. */
  private async sessionContent(
    notification: Notification,
    recipient: Recipient,
  ): Promise<MailContent | { reason: string }> {
    const session = await this.dataSource.manager.findOne(Session, {
      where: { id: notification.subjectId },
      relations: { event: true },
    });
    if (!session?.event) return { reason: 'the session no longer exists' };
    const event = this.summary(session.event);
    const current = {
      starts: describeLocalTime(session.startsAt, session.timezone),
      ends: describeLocalTime(session.endsAt, session.endTimezone),
      venue: session.venue ? `${session.venue.name}, ${session.venue.city}` : null,
    };
    if (notification.kind === 'session_cancelled') {
      return sessionCancelledEmail({
        fullName: recipient.fullName,
        event,
        session: session.title,
        was: current,
      });
    }
    if (session.status === 'cancelled') return { reason: 'the session was cancelled since' };
    const data = notification.data;
    const before = {
      starts: describeLocalTime(new Date(String(data.oldStartsAt)), String(data.oldTimezone)),
      ends: describeLocalTime(new Date(String(data.oldEndsAt)), String(data.oldEndTimezone)),
      venue: typeof data.oldVenue === 'string' ? data.oldVenue : null,
    };
    return sessionChangedEmail({
      fullName: recipient.fullName,
      event,
      session: session.title,
      before,
      after: current,
    });
  }

  private async submissionContent(
    notification: Notification,
    recipient: Recipient,
  ): Promise<MailContent | { reason: string }> {
    const submission = await this.dataSource.manager.findOne(Submission, {
      where: { id: notification.subjectId },
      relations: { mission: true, team: true },
    });
    const event = submission?.mission
      ? await this.dataSource.manager.findOneBy(Event, { id: submission.mission.eventId })
      : null;
    if (!submission?.mission || !submission.team || !event)
      return { reason: 'the submission no longer exists' };
    const summary = this.summary(event);
    if (notification.kind === 'staff_submission') {
      const author = await this.dataSource.manager.findOneBy(User, { id: submission.submittedBy });
      return staffSubmissionEmail({
        fullName: recipient.fullName,
        event: summary,
        team: submission.team.name,
        mission: submission.mission.title,
        submittedBy: author?.fullName ?? 'A member',
      });
    }
    if (submission.score === null) return { reason: 'the submission is not scored' };
    return submissionScoredEmail({
      fullName: recipient.fullName,
      event: summary,
      team: submission.team.name,
      mission: submission.mission.title,
      score: submission.score,
      maxScore: submission.mission.maxScore,
      feedback: submission.feedback,
    });
  }

  private async waitlistPosition(registration: Registration): Promise<number> {
    const [row] = await this.dataSource.manager.query(
      `SELECT count(*) + 1 AS position FROM registrations o
        WHERE o.event_id = $1 AND o.status = 'waitlisted' AND (o.waitlisted_at, o.seq) < ($2::timestamptz, $3::bigint)`,
      [registration.eventId, registration.waitlistedAt, registration.seq],
    );
    return Number(row.position);
  }

  private summary(event: Event): EventSummary {
    return eventSummary(event, this.config.publicUrl);
  }

  private async content(
    notification: Notification,
    recipient: Recipient,
  ): Promise<MailContent | { reason: string }> {
    const publicUrl = this.config.publicUrl;
    switch (notification.kind) {
      case 'welcome':
        return welcomeEmail({ fullName: recipient.fullName, publicUrl });
      case 'membership': {
        const [organization, membership] = await Promise.all([
          this.dataSource.manager.findOneBy(Organization, { id: notification.subjectId }),
          this.dataSource.manager.findOneBy(Membership, {
            organizationId: notification.subjectId,
            userId: recipient.id,
          }),
        ]);
        if (!organization || !membership)
          return { reason: 'no longer a member of the organization' };
        const role = notification.data.role === 'organizer' ? 'organizer' : 'staff';
        if (membership.role !== role)
          return { reason: `the role changed again (now ${membership.role})` };
        return membershipEmail({
          fullName: recipient.fullName,
          organizationName: organization.name,
          role,
          roleChanged: notification.data.roleChanged === true,
          publicUrl,
        });
      }
      case 'registration_received':
      case 'registration_confirmed':
      case 'registration_waitlisted':
      case 'registration_promoted':
      case 'registration_rejected':
      case 'registration_cancelled':
      case 'staff_registration':
      case 'staff_cancellation':
        return this.registrationContent(notification, recipient);
      case 'event_cancelled':
      case 'staff_event_cancelled': {
        const event = await this.dataSource.manager.findOneBy(Event, {
          id: notification.subjectId,
        });
        if (!event) return { reason: 'the event no longer exists' };
        const summary = this.summary(event);
        return notification.kind === 'event_cancelled'
          ? eventCancelledEmail({ fullName: recipient.fullName, event: summary })
          : staffEventCancelledEmail({
              fullName: recipient.fullName,
              event: summary,
              cancelledRegistrations: Number(notification.data.cancelledRegistrations ?? 0),
            });
      }
      case 'session_changed':
      case 'session_cancelled':
        return this.sessionContent(notification, recipient);
      case 'staff_submission':
      case 'submission_scored':
        return this.submissionContent(notification, recipient);
      case 'event_reminder':
      case 'session_reminder':
      case 'mission_reminder':
        return this.reminders.content(notification, recipient);
      case 'staff_digest':
        return this.digests.content(notification, recipient);
      default:
        return { reason: `no email is written for ${notification.kind} yet` };
    }
  }
}
