import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';

export interface MembershipEmail {
  fullName: string;
  organizationName: string;
  role: 'organizer' | 'staff';
  /** True when an existing member's role changed rather than a new member joining. */
  roleChanged: boolean;
  publicUrl: string;
}

const ROLE_DUTIES: Record<MembershipEmail['role'], string> = {
  organizer:
    'As an organizer you can create events, set capacity and quotas, approve applicants, build itineraries and form teams.',
  staff:
    'As staff you can be assigned to events: you will receive their alerts and digests, see their participant lists and score missions.',
};

export function membershipEmail(data: MembershipEmail): MailContent {
  const subject = data.roleChanged
    ? `You are now ${data.role} at ${data.organizationName}`
    : `You were added to ${data.organizationName} as ${data.role}`;
  return renderEmail({
    subject,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      data.roleChanged
        ? `Your role at ${data.organizationName} on Gofar is now ${data.role}.`
        : `You were added to ${data.organizationName} on Gofar as ${data.role}.`,
      ROLE_DUTIES[data.role],
    ],
    action: { label: 'Open Gofar', url: data.publicUrl },
  });
}
