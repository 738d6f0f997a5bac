import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

interface PickupEmailBase {
  fullName: string;
  event: EventSummary;
  airport: string;
  /** "Sun 11 Jul 2027, 16:25 (Asia/Seoul, UTC+09:00)": the airport's local time, named. */
  meets: string;
  note: string | null;
  asStaff: boolean;
  participantCount: number;
}

const meetingPoint = (note: string | null) => (note ? [`Meeting point: ${note}`] : []);

export function pickupAssignedEmail(data: PickupEmailBase): MailContent {
  return renderEmail({
    subject: `Airport pickup at ${data.airport}: ${data.meets}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      data.asStaff
        ? `You meet a group of ${data.participantCount} participant${data.participantCount === 1 ? '' : 's'} of ${data.event.title} at ${data.airport} on ${data.meets}.`
        : `Staff of ${data.event.title} will meet you at ${data.airport} on ${data.meets}, local time at the airport.`,
      ...meetingPoint(data.note),
      data.asStaff
        ? 'The manifest with names, flights and phone numbers is in the console.'
        : 'If your flight changes, update your travel details: the pickup follows.',
    ],
    action: { label: 'See the event', url: data.event.url },
  });
}

export function pickupChangedEmail(data: PickupEmailBase & { was: string }): MailContent {
  return renderEmail({
    subject: `Airport pickup at ${data.airport} moved: ${data.meets}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `The airport pickup at ${data.airport} for ${data.event.title} has moved.`,
      `Now: ${data.meets} (local time at the airport).`,
      `Before: ${data.was}.`,
      ...meetingPoint(data.note),
    ],
    action: { label: 'See the event', url: data.event.url },
  });
}
