/** A rendered email: always both parts. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** One email to one person (never a BCC blast). */
export interface MailMessage extends MailContent {
  to: { name: string; address: string };
  /** Derived from the notification key, so a resend carries the same id. */
  messageId: string;
}
