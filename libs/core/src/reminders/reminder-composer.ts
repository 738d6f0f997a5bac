import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '#config/index.js';
import {
  eventReminderEmail,
  missionReminderEmail,
  pickupReminderEmail,
  sessionReminderEmail,
  type LocalMoment,
} from './reminder.emails.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import type { Recipient, Notification } from '../notifications/index.js';
import { CalendarService } from '../itinerary/calendar.service.js';
import { describeLocalTime } from '../itinerary/local-time.js';
import type { Venue } from '../itinerary/index.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { ReminderContext } from './reminder-context.js';
import { ReminderContextRepository } from './reminder-context.repository.js';
import {
  PICKUP_PARTICIPANT_REMINDER_OFFSET,
  PICKUP_STAFF_REMINDER_OFFSET,
} from './reminder-anchors.service.js';
import {
  describeOffset,
  fireTimeBefore,
  reminderTimes,
  type ReminderKind,
} from './reminder-times.js';

/**
 * Decides, when a reminder fires, whether it still applies (re-read from PostgreSQL), and
 * writes it. It applies while the event is published, the recipient is a confirmed participant,
 * its time is still one of the anchor's reminder times (a moved session makes new ones) and
 * what it announces has not started: a reminder that fires late because every worker was
 * down is still sent before the start, and `skipped` after.
 */
@Injectable()
export class ReminderComposer {
  constructor(
    private readonly contexts: ReminderContextRepository,
    private readonly calendars: CalendarService,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    event_reminder: (notification, recipient, known) =>
      this.content(notification, recipient, known),
    session_reminder: (notification, recipient, known) =>
      this.content(notification, recipient, known),
    mission_reminder: (notification, recipient, known) =>
      this.content(notification, recipient, known),
    pickup_reminder: (notification, recipient, known) =>
      this.content(notification, recipient, known),
  } satisfies KindComposers;

  /** `known` is the context when the caller read it already (for a whole batch at once). */
  async content(
    notification: Notification,
    recipient: Recipient,
    known?: ReminderContext | null,
    now = new Date(),
  ): Promise<ComposedEmail> {
    const kind = notification.kind as ReminderKind;
    const context =
      known !== undefined
        ? known
        : notification.eventId
          ? ((
              await this.contexts.read(kind, notification.eventId, notification.subjectId, [
                recipient.id,
              ])
            ).get(recipient.id) ?? null)
          : null;
    if (!context) return { reason: 'the event no longer exists' };
    const { event, session, mission } = context;
    if (event.status !== 'published') return { reason: `the event is ${event.status}` };
    if (kind === 'pickup_reminder')
      return this.pickupReminder(notification, recipient, context, now);
    if (!context.confirmed) return { reason: 'the recipient is no longer a confirmed participant' };
    const anchor = anchorOf(kind, context);
    if (!anchor)
      return { reason: `the ${kind.replace('_reminder', '')} was cancelled or no longer exists` };
    const stillPlanned = reminderTimes({
      kind,
      subjectId: notification.subjectId,
      ...anchor,
      offsets: event.offsets[kind],
    }).some((time) => time.fireAt.getTime() === notification.fireAt.getTime());
    if (!stillPlanned)
      return { reason: 'its time changed: a reminder for the new time replaces it' };
    if (now >= anchor.at)
      return {
        reason:
          kind === 'mission_reminder'
            ? 'the mission was already due when the reminder could be sent'
            : 'it had started when the reminder could be sent',
      };
    if (kind === 'mission_reminder') {
      if (!context.team) return { reason: 'the recipient is not in a team' };
      if (context.team.submitted) return { reason: 'the team has submitted' };
    }

    const base = {
      fullName: recipient.fullName,
      event: eventSummary(event, this.config.publicUrl),
      ahead: describeOffset(String(notification.data.offset ?? 'PT0S')) || 'a moment',
      calendarUrl: context.feedSalt
        ? this.calendars.urlFor(recipient.id, event.id, context.feedSalt)
        : await this.calendars.personalFeedUrl(recipient.id, event.id),
    };
    const starts = moment(anchor.at, anchor.zone);
    switch (kind as Exclude<ReminderKind, 'pickup_reminder'>) {
      case 'event_reminder':
        return eventReminderEmail({
          ...base,
          starts,
          firstSession: session ? { title: session.title, venue: place(session.venue) } : null,
        });
      case 'session_reminder':
        return sessionReminderEmail({
          ...base,
          session: session!.title,
          starts,
          ends: describeLocalTime(session!.endsAt, session!.endTimezone),
          venue: place(session!.venue),
          description: session!.description,
        });
      case 'mission_reminder':
        return missionReminderEmail({
          ...base,
          mission: mission!.title,
          team: context.team!.name,
          due: starts,
        });
    }
  }

  /**
   * A pickup reminder applies while the pickup exists, the recipient is still its staff (two
   * hours ahead) or one of its confirmed participants (a day ahead), its time is still the
   * one for their part, and the meeting has not passed. It states the airport's local time.
   */
  private pickupReminder(
    notification: Notification,
    recipient: Recipient,
    context: ReminderContext,
    now: Date,
  ): ComposedEmail {
    const pickup = context.pickup;
    if (!pickup) return { reason: 'the pickup was re-planned or no longer exists' };
    const roles = [
      ...(pickup.isStaff ? [PICKUP_STAFF_REMINDER_OFFSET] : []),
      ...(pickup.isParticipant ? [PICKUP_PARTICIPANT_REMINDER_OFFSET] : []),
    ];
    if (!roles.length) return { reason: 'the recipient is no longer in this pickup' };
    const offset = roles.find(
      (candidate) =>
        fireTimeBefore(pickup.meetAt, pickup.timezone, candidate).getTime() ===
        notification.fireAt.getTime(),
    );
    if (!offset) return { reason: 'its time changed: a reminder for the new time replaces it' };
    if (now >= pickup.meetAt)
      return { reason: 'the pickup had met when the reminder could be sent' };
    return pickupReminderEmail({
      fullName: recipient.fullName,
      event: eventSummary(context.event, this.config.publicUrl),
      ahead: describeOffset(offset),
      airport: pickup.airport,
      meets: moment(pickup.meetAt, pickup.timezone),
      note: pickup.note,
      asStaff: offset === PICKUP_STAFF_REMINDER_OFFSET,
      participantCount: pickup.participantCount,
    });
  }
}

/**
 * What the reminder announces now (pickups aside: see ReminderComposer.pickupReminder): the programme start (in the zone of the first session), the
 * session's start, or the mission's due time (in its session's zone, else the event's).
 */
function anchorOf(kind: ReminderKind, context: ReminderContext): { at: Date; zone: string } | null {
  switch (kind) {
    case 'event_reminder':
      return {
        at: context.event.startsAt,
        zone: context.session?.timezone ?? context.event.timezone,
      };
    case 'session_reminder':
      return context.session
        ? { at: context.session.startsAt, zone: context.session.timezone }
        : null;
    case 'mission_reminder':
      return context.mission
        ? { at: context.mission.dueAt, zone: context.mission.zone ?? context.event.timezone }
        : null;
    case 'pickup_reminder':
      return context.pickup ? { at: context.pickup.meetAt, zone: context.pickup.timezone } : null;
  }
}

function moment(instant: Date, zone: string): LocalMoment {
  const key = `${zone}|${instant.getTime()}`;
  let found = moments.get(key);
  if (!found) {
    const local = DateTime.fromJSDate(instant, { zone }).setLocale('en');
    found = {
      full: describeLocalTime(instant, zone),
      short: `${local.toFormat('ccc d LLL, HH:mm')} (UTC${local.toFormat('ZZ')})`,
    };
    if (moments.size > 10_000) moments.clear();
    moments.set(key, found);
  }
  return found;
}

/** A reminder time's thousand emails state the same moment: described once. */
const moments = new Map<string, LocalMoment>();

/** "Hanoi Opera House, 1 Trang Tien, Hanoi, VN". */
function place(venue: Venue | null): string | null {
  if (!venue) return null;
  return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ');
}
