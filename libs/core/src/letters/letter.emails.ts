import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';

export interface LetterIssuedEmail {
  fullName: string;
  eventTitle: string;
  countryName: string;
  /** The registration's page, behind sign-in: the letter is never attached or linked openly. */
  registrationUrl: string;
}

/**
 * Tells a participant their visa invitation letter is ready. It carries no passport detail and
 * no attachment: the letter is downloaded from the registration page after signing in.
 */
export function letterIssuedEmail(data: LetterIssuedEmail): MailContent {
  return renderEmail({
    subject: `Your invitation letter for ${data.countryName} is ready (${data.eventTitle})`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `The organizers of ${data.eventTitle} issued your visa invitation letter for ${data.countryName}.`,
      'Sign in to download it from your registration page, print it and take it to the embassy or consulate with your visa application. If you received an earlier letter for this country, use the new one: the earlier one is no longer valid.',
    ],
    action: { label: 'Download your letter', url: data.registrationUrl },
  });
}
