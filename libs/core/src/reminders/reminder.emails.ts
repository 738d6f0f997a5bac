import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

/** A moment as the reminder states it: local clock time, zone name and UTC offset. */
export interface LocalMoment {
  /** "Sun 18 Jul 2027, 07:30 (Asia/Ho_Chi_Minh, UTC+07:00)". */
  full: string;
  /** "Sun 18 Jul, 07:30": short enough for a phone's subject line. */
  short: string;
}

interface ReminderBase {
  fullName: string;
  event: EventSummary;
  /** "1 hour", "1 day". */
  ahead: string;
  /** The person's own calendar feed, which follows every change. */
  calendarUrl: string;
}

const calendarLine =
  'Your personal calendar feed follows every change to the programme; subscribe to it once in your calendar app.';

export function sessionReminderEmail(
  data: ReminderBase & {
    session: string;
    starts: LocalMoment;
    ends: string;
    venue: string | null;
    description: string | null;
  },
): MailContent {
  return renderEmail({
    subject: `Reminder: ${data.session}, ${data.starts.short}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `"${data.session}" (${data.event.title}) starts in ${data.ahead}.`,
      `When: ${data.starts.full} to ${data.ends}.`,
      ...(data.venue ? [`Where: ${data.venue}.`] : []),
      ...(data.description ? [data.description] : []),
      calendarLine,
    ],
    action: { label: 'Open my calendar feed', url: data.calendarUrl },
  });
}

export function eventReminderEmail(
  data: ReminderBase & {
    starts: LocalMoment;
    firstSession: { title: string; venue: string | null } | null;
  },
): MailContent {
  const first = data.firstSession;
  return renderEmail({
    subject: `Reminder: ${data.event.title} begins ${data.starts.short}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `${data.event.title} (${data.event.dates}) begins in ${data.ahead}: ${data.starts.full}.`,
      ...(first
        ? [`First on the programme: ${first.title}${first.venue ? `, at ${first.venue}` : ''}.`]
        : []),
      calendarLine,
    ],
    action: { label: 'Open my calendar feed', url: data.calendarUrl },
  });
}

/** A pickup at the airport, in its local time; the staff's version gives the head count, never names. */
export function pickupReminderEmail(data: {
  fullName: string;
  event: EventSummary;
  ahead: string;
  airport: string;
  meets: LocalMoment;
  note: string | null;
  asStaff: boolean;
  participantCount: number;
}): MailContent {
  return renderEmail({
    subject: `Reminder: airport pickup at ${data.airport}, ${data.meets.short}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      data.asStaff
        ? `You meet ${data.participantCount} participant${data.participantCount === 1 ? '' : 's'} of ${data.event.title} at ${data.airport} in ${data.ahead}: ${data.meets.full}.`
        : `Your airport pickup for ${data.event.title} is in ${data.ahead}: ${data.airport}, ${data.meets.full} (local time at the airport).`,
      ...(data.note ? [`Meeting point: ${data.note}`] : []),
      data.asStaff
        ? 'The manifest with names, flights and phone numbers is in the console.'
        : 'If your flight changes, update your travel details so the staff can re-plan.',
    ],
    action: { label: 'See the event', url: data.event.url },
  });
}

export function missionReminderEmail(
  data: ReminderBase & { mission: string; team: string; due: LocalMoment },
): MailContent {
  return renderEmail({
    subject: `Reminder: "${data.mission}" is due ${data.due.short}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `Your team ${data.team} has not submitted "${data.mission}" (${data.event.title}) yet. It is due in ${data.ahead}: ${data.due.full}.`,
      'Any member of the team can submit; a later submission replaces an earlier one until the deadline.',
      `Your personal calendar feed: ${data.calendarUrl}`,
    ],
    action: { label: 'See the event', url: data.event.url },
  });
}
