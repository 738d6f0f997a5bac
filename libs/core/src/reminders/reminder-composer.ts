import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/src/index.js';
import type { MailContent } from '../../../mail/src/mail-message.js';
import {
  eventReminderEmail,
  missionReminderEmail,
  sessionReminderEmail,
  type LocalMoment,
} from '../../../mail/src/templates/reminder.templates.js';
import type { User } from '../accounts/user.entity.js';
import { Event } from '../events/event.entity.js';
import { CalendarService } from '../itinerary/calendar.service.js';
import { describeLocalTime } from '../itinerary/local-time.js';
import type { Venue } from '../itinerary/session-type.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import { Registration } from '../registrations/registration.entity.js';
import { ReminderAnchors } from './reminder-anchors.js';
import { describeOffset, reminderTimes, type ReminderKind } from './reminder-times.js';

type Content = MailContent | { reason: string };

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: ReminderAnchors,
    private readonly calendars: CalendarService,
    private readonly config: AppConfig,
  ) {}

  async content(notification: Notification, recipient: User, now = new Date()): Promise<Content> {
    const manager = this.dataSource.manager;
    const kind = notification.kind as ReminderKind;
    const event = notification.eventId
      ? await manager.findOneBy(Event, { id: notification.eventId })
      : null;
    if (!event) return { reason: 'the event no longer exists' };
    if (event.status !== 'published') return { reason: `the event is ${event.status}` };
    const confirmed = await manager.existsBy(Registration, {
      eventId: event.id,
      userId: recipient.id,
      status: 'confirmed',
    });
    if (!confirmed) return { reason: 'the recipient is no longer a confirmed participant' };
    const found = await this.anchors.of(manager, event, kind, notification.subjectId);
    if (!found)
      return { reason: `the ${kind.replace('_reminder', '')} was cancelled or no longer exists` };
    const { anchor } = found;
    const stillPlanned = reminderTimes(anchor).some(
      (time) => time.fireAt.getTime() === notification.fireAt.getTime(),
    );
    if (!stillPlanned)
      return { reason: 'its time changed: a reminder for the new time replaces it' };
    if (now >= anchor.at)
      return {
        reason:
          kind === 'mission_reminder'
            ? 'the mission was already due when the reminder could be sent'
            : 'it had started when the reminder could be sent',
      };

    const base = {
      fullName: recipient.fullName,
      event: eventSummary(event, this.config.publicUrl),
      ahead: describeOffset(String(notification.data.offset ?? 'PT0S')) || 'a moment',
      calendarUrl: await this.calendars.personalFeedUrl(recipient.id, event.id),
    };
    const starts = moment(anchor.at, anchor.zone);
    switch (kind) {
      case 'event_reminder':
        return eventReminderEmail({
          ...base,
          starts,
          firstSession: found.session
            ? { title: found.session.title, venue: place(found.session.venue) }
            : null,
        });
      case 'session_reminder': {
        const session = found.session!;
        return sessionReminderEmail({
          ...base,
          session: session.title,
          starts,
          ends: describeLocalTime(session.endsAt, session.endTimezone),
          venue: place(session.venue),
          description: session.description,
        });
      }
      case 'mission_reminder': {
        const team: { name: string; submitted: boolean }[] = await manager.query(
          `SELECT t.name, EXISTS (
              SELECT 1 FROM submissions s WHERE s.team_id = t.id AND s.mission_id = $3 AND s.superseded_at IS NULL
            ) AS submitted
             FROM team_members m JOIN teams t ON t.id = m.team_id
            WHERE m.event_id = $1 AND m.user_id = $2`,
          [event.id, recipient.id, notification.subjectId],
        );
        if (!team[0]) return { reason: 'the recipient is not in a team' };
        if (team[0].submitted) return { reason: 'the team has submitted' };
        return missionReminderEmail({
          ...base,
          mission: found.mission!.title,
          team: team[0].name,
          due: starts,
        });
      }
    }
  }
}

function moment(instant: Date, zone: string): LocalMoment {
  const local = DateTime.fromJSDate(instant, { zone }).setLocale('en');
  return {
    full: describeLocalTime(instant, zone),
    short: `${local.toFormat('ccc d LLL, HH:mm')} (UTC${local.toFormat('ZZ')})`,
  };
}

/** "Hanoi Opera House, 1 Trang Tien, Hanoi, VN". */
function place(venue: Venue | null): string | null {
  if (!venue) return null;
  return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ');
}
