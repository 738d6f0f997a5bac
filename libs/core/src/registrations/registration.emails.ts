import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

interface ToParticipant {
  fullName: string;
  event: EventSummary;
}

const open = (event: EventSummary) => ({ label: 'See the event', url: event.url });

export function registrationReceivedEmail({ fullName, event }: ToParticipant): MailContent {
  return renderEmail({
    subject: `We received your application: ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      `Thank you for applying to ${event.title} (${event.dates}).`,
      'The organizers review every application; we will email you as soon as they have decided.',
    ],
    action: open(event),
  });
}

export function registrationConfirmedEmail({ fullName, event }: ToParticipant): MailContent {
  return renderEmail({
    subject: `You are confirmed: ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      `Your place at ${event.title} (${event.dates}) is confirmed.`,
      'Your itinerary and reminders will follow as the programme takes shape.',
    ],
    action: open(event),
  });
}

export function registrationWaitlistedEmail({
  fullName,
  event,
  position,
}: ToParticipant & { position: number }): MailContent {
  return renderEmail({
    subject: `You are on the waiting list: ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      `${event.title} (${event.dates}) is full for now, so you are on its waiting list, number ${position} in line.`,
      'When a seat frees up it goes to the earliest person on the list whose country is still within its quota, so your turn may come sooner or later than your number suggests. We will email you the moment you get a seat.',
    ],
    action: open(event),
  });
}

export function registrationPromotedEmail({ fullName, event }: ToParticipant): MailContent {
  return renderEmail({
    subject: `A seat freed up: you are confirmed for ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      `Good news: a seat became free at ${event.title} (${event.dates}) and it is yours. Your place is confirmed.`,
    ],
    action: open(event),
  });
}

export function registrationRejectedEmail({
  fullName,
  event,
  reason,
}: ToParticipant & { reason: string | null }): MailContent {
  return renderEmail({
    subject: `Your application to ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      `We are sorry: the organizers could not offer you a place at ${event.title} (${event.dates}).`,
      ...(reason ? [`Their note: ${reason}`] : []),
    ],
    action: open(event),
  });
}

export function registrationCancelledEmail({
  fullName,
  event,
  byOrganizer,
}: ToParticipant & { byOrganizer: boolean }): MailContent {
  return renderEmail({
    subject: `Registration cancelled: ${event.title}`,
    greeting: `Hello ${fullName},`,
    paragraphs: [
      byOrganizer
        ? `The organizers cancelled your registration for ${event.title} (${event.dates}).`
        : `Your registration for ${event.title} (${event.dates}) is cancelled, as you asked.`,
    ],
    action: open(event),
  });
}

interface ToStaff {
  fullName: string;
  event: EventSummary;
}

export function staffRegistrationEmail(
  data: ToStaff & {
    participant: string;
    nationality: string;
    status: string;
    seatsTaken: number;
    capacity: number;
  },
): MailContent {
  return renderEmail({
    subject: `New registration (${data.status}): ${data.event.title}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `${data.participant} (${data.nationality}) registered for ${data.event.title}; the registration is ${data.status}.`,
      `Seats taken: ${data.seatsTaken} of ${data.capacity}.`,
    ],
    action: open(data.event),
  });
}

export function staffCancellationEmail(
  data: ToStaff & {
    participant: string;
    nationality: string;
    seatsTaken: number;
    capacity: number;
  },
): MailContent {
  return renderEmail({
    subject: `Registration cancelled: ${data.event.title}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `${data.participant} (${data.nationality}) is no longer registered for ${data.event.title}.`,
      `Seats taken now: ${data.seatsTaken} of ${data.capacity}.`,
    ],
    action: open(data.event),
  });
}
