import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { describeLocalTime } from './local-time.js';
import { sessionCancelledEmail, sessionChangedEmail } from './session.emails.js';
import { SessionRepository } from './session.repository.js';

/**
 * The emails of the itinerary: a session moved or cancelled. They state local times with zone
 * and offset; the old times travel in the notification's data.
 */
@Injectable()
export class SessionEmailComposer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    session_changed: (notification, recipient) => this.session(notification, recipient),
    session_cancelled: (notification, recipient) => this.session(notification, recipient),
  } satisfies KindComposers;

  private async session(notification: Notification, recipient: Recipient): Promise<ComposedEmail> {
    const session = await this.sessions.findWithEvent(notification.subjectId);
    if (!session?.event) return { reason: 'the session no longer exists' };
    const event = eventSummary(session.event, this.config.publicUrl);
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
}
