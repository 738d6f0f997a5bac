import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';

export interface WelcomeEmail {
  fullName: string;
  publicUrl: string;
  /** The link that verifies the address; absent when it is verified already. */
  verifyUrl?: string;
}

export interface LinkEmail {
  fullName: string;
  url: string;
}

/** A page of the web app with a link token: `${publicUrl}/<page>?token=<token>`. */
export function tokenLink(publicUrl: string, page: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${page}?token=${encodeURIComponent(token)}`;
}

export function welcomeEmail(data: WelcomeEmail): MailContent {
  return renderEmail({
    subject: 'Welcome to Gofar',
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      'Your Gofar account is ready. You can now apply to programmes, follow your itinerary in your own calendar and work on missions with your team.',
      ...(data.verifyUrl
        ? [
            'Please confirm that this email address is yours with the link below; some programmes accept applications only from confirmed addresses. The link works for 7 days.',
          ]
        : []),
      'If you did not create this account, you can ignore this email.',
    ],
    action: data.verifyUrl
      ? { label: 'Confirm my email address', url: data.verifyUrl }
      : { label: 'Open Gofar', url: data.publicUrl },
  });
}

export function emailVerificationEmail(data: LinkEmail): MailContent {
  return renderEmail({
    subject: 'Confirm your email address',
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      'Please confirm that this email address is yours with the link below. The link works for 7 days, once; an earlier link no longer works.',
      'If you did not ask for this, you can ignore this email.',
    ],
    action: { label: 'Confirm my email address', url: data.url },
  });
}

export function passwordResetEmail(data: LinkEmail): MailContent {
  return renderEmail({
    subject: 'Reset your Gofar password',
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      'Someone asked to reset the password of your Gofar account. Choose a new password with the link below. The link works for 1 hour, once; an earlier link no longer works. Resetting the password signs you out everywhere.',
      'If you did not ask for this, you can ignore this email: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', url: data.url },
  });
}
