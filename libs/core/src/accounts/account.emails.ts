import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';

export interface WelcomeEmail {
  fullName: string;
  publicUrl: string;
}

export function welcomeEmail(data: WelcomeEmail): MailContent {
  return renderEmail({
    subject: 'Welcome to Gofar',
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      'Your Gofar account is ready. You can now apply to programmes, follow your itinerary in your own calendar and work on missions with your team.',
      'If you did not create this account, you can ignore this email.',
    ],
    action: { label: 'Open Gofar', url: data.publicUrl },
  });
}
