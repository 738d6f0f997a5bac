import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

interface ToPerson {
  fullName: string;
  event: EventSummary;
}

const open = (event: EventSummary) => ({ label: 'See the event', url: event.url });

export function eventCancelledEmail({ fullName, event }: ToPerson): MailContent {
  return renderEmail({
    subject: `Cancelled: ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      `We are sorry to tell you that ${event.title} (${event.dates}) has been cancelled. Your registration is cancelled with it.`,
    ],
    action: open(event),
  });
}

export function staffEventCancelledEmail(
  data: ToPerson & { cancelledRegistrations: number },
): MailContent {
  return renderEmail({
    subject: `Event cancelled: ${data.event.title}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `${data.event.title} (${data.event.dates}) has been cancelled.`,
      `${data.cancelledRegistrations} active registration${data.cancelledRegistrations === 1 ? ' was' : 's were'} cancelled with it; each registrant has been told.`,
    ],
    action: open(data.event),
  });
}
