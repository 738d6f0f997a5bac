import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

export interface DigestData {
  fullName: string;
  event: EventSummary;
  /** "Sat 17 Jul 2027". */
  day: string;
  zone: string;
  /** "10:00–12:30 Flight ICN → HAN, Incheon International Airport" (local times). */
  sessions: string[];
  confirmed: number;
  /** Dietary requirement → confirmed participants with it. */
  dietary: [string, number][];
  /** How many confirmed participants have medical notes; never what the notes say. */
  withMedicalNotes: number;
  /** "Nguyen Thi Lan (VN): waitlisted → confirmed", oldest first. */
  changes: string[];
  /** Changes counted, when there are more than listed. */
  changeCount: number;
}

/** The morning digest for staff: today's programme and who is coming, counts only for health. */
export function staffDigestEmail(data: DigestData): MailContent {
  const dietary = data.dietary.length
    ? data.dietary.map(([need, count]) => `${need} ${count}`).join(', ')
    : 'none recorded';
  const more = data.changeCount - data.changes.length;
  return renderEmail({
    subject: `Today at ${data.event.title}: ${data.day}`,
    greeting: `Good morning ${data.fullName},`,
    paragraphs: [
      `Today's programme (times in ${data.zone}):`,
      ...data.sessions,
      `Confirmed participants: ${data.confirmed}.`,
      `Dietary needs: ${dietary}.`,
      `Participants with medical notes: ${data.withMedicalNotes} (see the participant list for details).`,
      data.changeCount
        ? `Registration changes since the last digest (${data.changeCount}):`
        : 'No registration changes since the last digest.',
      ...data.changes,
      ...(more > 0 ? [`…and ${more} more in the participant list.`] : []),
    ],
    action: { label: 'See the event', url: data.event.url },
  });
}
