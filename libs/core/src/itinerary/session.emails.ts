import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

export interface SessionTimes {
  /** e.g. "Sat 17 Jul 2027, 10:00 (Asia/Seoul, UTC+09:00)". */
  starts: string;
  ends: string;
  venue: string | null;
}

export function sessionChangedEmail(data: {
  fullName: string;
  event: EventSummary;
  session: string;
  before: SessionTimes;
  after: SessionTimes;
}): MailContent {
  const describe = (times: SessionTimes) =>
    `${times.starts} to ${times.ends}${times.venue ? `, at ${times.venue}` : ''}`;
  return renderEmail({
    subject: `Changed: ${data.session} (${data.event.title})`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `"${data.session}" in ${data.event.title} has moved.`,
      `Was: ${describe(data.before)}.`,
      `Now: ${describe(data.after)}.`,
      'Calendars subscribed to your Gofar feed update by themselves.',
    ],
    action: { label: 'See the itinerary', url: data.event.url },
  });
}

export function sessionCancelledEmail(data: {
  fullName: string;
  event: EventSummary;
  session: string;
  was: SessionTimes;
}): MailContent {
  return renderEmail({
    subject: `Cancelled: ${data.session} (${data.event.title})`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `"${data.session}" in ${data.event.title}, planned for ${data.was.starts}, is cancelled.`,
    ],
    action: { label: 'See the itinerary', url: data.event.url },
  });
}
